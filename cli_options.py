"""The build options' command-line flags, generated from the one option table
(``layouts.options.OPTIONS``), so ``build``, ``check`` and ``calibrate`` cannot drift apart.

A command asks for them with ``@layout_flags()`` and a keyword parameter named
``flags``: that parameter is replaced by one flag per option, in its place, and
the command receives the flags given, parsed, as one dict (unset ones left out).
"""
from __future__ import annotations

import functools
import inspect
from enum import Enum
from typing import Annotated, Callable, Optional

import typer

from .layouts.options import OPTIONS, OptionSpec, parse_option


def choice_option(name: str, choices: tuple[str, ...], help_text: str):
    """``--name`` taking one of ``choices``, case-insensitive; None when not given."""
    # An Enum lets Typer list the choices in --help and refuse others with exit 2.
    choice = Enum(name.title().replace("-", ""), [(value, value) for value in choices], type=str)
    return Annotated[Optional[choice], typer.Option(f"--{name}", case_sensitive=False, help=help_text, show_default=False)]


def _parsed(name: str) -> Callable[[Optional[str]], object]:
    """A Typer callback that parses a flag with the same rules as the pack's ``print:`` section."""

    def callback(value: Optional[str]) -> object:
        if value is None:
            return None
        try:
            return parse_option(name, value)
        except ValueError as error:
            raise typer.BadParameter(str(error)) from None

    return callback


def flag_annotation(spec: OptionSpec):
    """The Typer parameter type of one option: a choice, a ``--name/--no-name`` switch, or parsed text."""
    if spec.kind == "choice":
        return choice_option(spec.name, spec.choices, spec.help)
    if spec.kind == "boolean":
        # The --no- form undoes a pack's `print:` setting; None means neither was given.
        return Annotated[Optional[bool], typer.Option(f"--{spec.name}/--no-{spec.name}", help=spec.help, show_default=False)]
    return Annotated[Optional[str], typer.Option(f"--{spec.name}", callback=_parsed(spec.name), metavar=spec.metavar,
                                                 help=spec.help, show_default=False)]


def layout_flags(*names: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the flags of the options ``names`` (every option when none are named)."""
    specs = [OPTIONS[name] for name in names or OPTIONS]

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        own = inspect.signature(command, eval_str=True)
        if "flags" not in own.parameters:
            raise TypeError(f"{command.__name__} needs a keyword parameter `flags` to receive the layout flags")
        generated = [inspect.Parameter(spec.attribute, inspect.Parameter.KEYWORD_ONLY, default=None,
                                       annotation=flag_annotation(spec)) for spec in specs]
        parameters: list[inspect.Parameter] = []
        for parameter in own.parameters.values():
            parameters.extend(generated if parameter.name == "flags" else [parameter])

        @functools.wraps(command)
        def with_flags(**arguments: object) -> None:
            flags: dict[str, object] = {}
            for spec in specs:
                value = arguments.pop(spec.attribute, None)
                if isinstance(value, Enum):
                    value = value.value
                if value is not None:
                    flags[spec.name] = value
            command(**arguments, flags=flags)

        with_flags.__signature__ = own.replace(parameters=parameters)  # what Typer reads the options from
        with_flags.__annotations__ = {parameter.name: parameter.annotation for parameter in parameters}
        return with_flags

    return decorate
