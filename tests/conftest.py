"""Shared test settings: hypothesis profiles.

The default profile keeps CI quick; run deeper with
``pytest --hypothesis-profile=long`` (or ``make fuzz``).
"""
from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile(
    "long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("default")
