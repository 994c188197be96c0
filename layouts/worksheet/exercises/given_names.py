"""Common given names, so that "Given Family" reads as a person's name in any pack.

A name of two capitalised words is a person when its first word is someone's given name ("Winston Churchill",
"Gavrilo Princip") and its last word names no document, group or place. The list is deliberately broad (English,
French, German, Spanish, Italian, Portuguese, Dutch, Scandinavian, Russian, Polish, Czech, Balkan, Greek, Arabic,
Turkish, Persian, Indian, Chinese and Japanese romanised) and lowercased; a pack's own people are still found by what
they do, so a missing name only loses a question, never makes a wrong one.
"""
from __future__ import annotations

GIVEN_NAMES = frozenset("""
aaron abigail abraham adam adolf adrian agatha agnes alan albert alec alexander alexandra alfred alice alison amelia
amy andrew angela ann anna anne annie anthony archibald arthur audrey barbara basil beatrice benjamin bernard betty
boris brian bridget catherine cecil charles charlotte christopher clara clement colin constance daniel david deborah
dennis diana dorothy douglas duncan edgar edith edmund edward edwin eleanor elizabeth ellen emily emma eric ernest
esther eva evelyn florence frances francis frank frederick gabriel geoffrey george georgina gerald gilbert gordon
grace graham gregory harold harriet harry helen henry herbert hilda horace horatio howard hugh humphrey isaac isabel
isabella jack jacob james jane janet jean jennifer jeremy jessica joan john jonathan joseph josephine joyce judith
julia julian katherine kathleen keith kenneth laura lawrence leonard lewis lillian louisa lucy margaret maria marjorie
mark martha martin mary matilda matthew maud michael nancy neil neville nicholas norman oliver oscar patrick paul
percy peter philip rachel ralph raymond rebecca richard robert roger ronald rose rosalind ruth samuel sarah sidney
simon sophia stanley stephen susan sylvia theodore thomas timothy  vincent walter wilfred william winifred
winston lyndon dwight harry franklin woodrow calvin herbert ulysses abraham theodore grover rutherford chester
ronald jimmy gerald bill barack hillary margaret tony gordon clement neville stanley ramsay bonar
andré antoine augustin bernadette camille claude denis émile emile étienne etienne françois francois gaston georges
gustave henri hugues jacques jean-baptiste jean-paul jeanne joséphine josephine jules léon leon louis lucien marcel
marguerite marie maurice maximilien michel napoléon napoleon nicolas pierre philippe raymond rené rene 
simone sylvie thérèse therese yves honoré honore blaise 
adolph albrecht anton bertha dietrich ernst franz friedrich gerhard gottfried gustav hans heinrich heinz helmut
helmuth hermann hildegard ingrid joachim johann johannes jürgen jurgen karl klaus konrad kurt ludwig manfred
matthias otto paul reinhard rosa rudolf sigmund theobald ulrich walther werner wilhelm wolfgang erich erwin
albert alfred emil fritz günter gunter hannah heidi horst lothar magda martin max sophie willy
alejandro alfonso alonso ana antonio carlos carmen diego dolores eduardo emiliano enrique ernesto esteban felipe
fernando fidel francisco gabriela gonzalo hernán hernan ignacio isabela javier jorge josé jose juan juana julio
lucía lucia luis manuel marco mercedes miguel pablo pancho pedro rafael ramón ramon raúl raul ricardo rodrigo salvador
 sebastián sebastian simón teresa vicente augusto evita hugo
alessandro benito cesare cosimo dante enrico fabio federico filippo galileo giacomo giorgio giovanni giulia giulio
giuseppe leonardo lorenzo luca luigi marcello mario massimo niccolò niccolo paolo pietro raffaello roberto sandro
silvio umberto vittorio vittoria camillo amerigo cristoforo
alexei aleksei alexey anastasia andrei boris dmitri dmitry fyodor grigori grigory ivan konstantin lavrenty leon
leonid lev mikhail nadezhda natalia nikita nikolai nikolay oleg olga pavel pyotr sergei sergey svetlana tatiana
vladimir vyacheslav yekaterina yuri yury vasily valentina alexandra lavrentiy georgy kliment anatoly
andrzej bolesław boleslaw czesław czeslaw jan janusz jarosław jaroslaw józef jozef kazimierz lech marek marian
stanisław stanislaw tadeusz wojciech władysław wladyslaw zbigniew tomasz krzysztof piotr
václav vaclav tomáš tomas alexander edvard jiří jiri karel ludvík milada
gavrilo nikola slobodan dragan milan zoran josip ante ivo  milovan radovan ratko franjo
ahmad ahmed ali amir aisha fatima hassan hussein ibrahim ismail jamal khalid mahmoud mohammed muhammad mustafa
 omar osama rashid saddam salah saladin suleiman yusuf zainab anwar gamal hafez hosni abdul abdullah faisal
recep kemal mehmet orhan selim osman murad
reza ruhollah mohammad cyrus darius
jawaharlal mohandas indira rajiv subhas sardar vallabhbhai bhimrao rabindranath
chiang deng hu jiang li liu mao sun xi zhou zhu
hirohito hideki isoroku akira yukio shinzo
kofi nelson kwame jomo julius patrice haile robert desmond steve
albertine ada agatha amelia anne
gustavus olof harald sven erik
william willem jan pieter johan  vincent anne
bernardo jorge luis getúlio getulio
""".split())


FEMALE_NAMES = frozenset("""
abigail agatha agnes alexandra alice alison amelia amy anastasia angela ann anna anne annie audrey barbara beatrice
betty bridget caroline catherine charlotte christina clara constance deborah diana dorothy edith eleanor elisabeth
elizabeth ellen emily emma emmeline esther eva evelyn florence frances georgina grace harriet helen hilda indira irene
isabel isabella jane janet jean jennifer jessica joan josephine joyce judith julia katherine kathleen laura lillian
louisa lucy margaret maria marie marjorie martha mary matilda maud nancy olga rosa rosalind sophia sophie sylvia
theresa victoria virginia sarah rachel rebecca ruth susan rose winifred bernadette simone sylvie thérèse therese
jeanne marguerite hildegard bertha ingrid hillary hannah heidi magda ana carmen dolores gabriela isabela juana lucía
lucia mercedes teresa evita giulia vittoria nadezhda natalia svetlana tatiana yekaterina valentina milada aisha fatima
zainab albertine ada emmeline mildred millicent octavia philippa anne-marie elsie doris lydia phyllis
""".split())
"""Given names of women (among GIVEN_NAMES): "his half-sister ____" is offered no man."""
FEMALE_TITLES = frozenset({"queen", "princess", "empress", "lady", "duchess", "countess", "tsarina", "madame", "mrs",
                           "miss", "ms", "dame", "sister", "mother"})
MALE_TITLES = frozenset({"king", "prince", "emperor", "lord", "duke", "earl", "count", "tsar", "czar", "kaiser", "sir",
                         "mr", "monsieur", "herr", "father", "brother", "pope", "archbishop", "bishop", "cardinal"})


def gender_of(name: str) -> str:
    """"f", "m" or "" (not known) for a person's name, from its title or its given name."""
    words = name.replace(".", " ").split()
    for word in words[:2]:
        folded = word.casefold()
        if folded in FEMALE_TITLES or folded in FEMALE_NAMES:
            return "f"
        if folded in MALE_TITLES or folded in GIVEN_NAMES:
            return "m"
    return ""
