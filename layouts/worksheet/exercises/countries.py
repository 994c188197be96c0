"""Countries and historic states by their English names, so a country is offered only beside countries.

"Austria-Hungary declared war on Belgium" and "… on Sarajevo" are different questions: a state stands where a state
goes, a town where a town goes. Names are lowercased, with "the" left off ("the Netherlands" is ``netherlands``).
The parts of the United Kingdom count as countries, as a pack on British history uses them.
"""
from __future__ import annotations

COUNTRIES = frozenset(line.strip() for line in """
afghanistan
albania
algeria
andorra
angola
antigua and barbuda
argentina
armenia
australia
austria
azerbaijan
bahamas
bahrain
bangladesh
barbados
belarus
belgium
belize
benin
bhutan
bolivia
bosnia and herzegovina
bosnia
herzegovina
botswana
brazil
brunei
bulgaria
burkina faso
burma
burundi
cambodia
cameroon
canada
cape verde
central african republic
chad
chile
china
colombia
comoros
congo
democratic republic of the congo
costa rica
côte d'ivoire
ivory coast
croatia
cuba
cyprus
czech republic
czechia
denmark
djibouti
dominica
dominican republic
east timor
timor-leste
ecuador
egypt
el salvador
equatorial guinea
eritrea
estonia
eswatini
swaziland
ethiopia
fiji
finland
france
gabon
gambia
georgia
germany
ghana
greece
grenada
guatemala
guinea
guinea-bissau
guyana
haiti
honduras
hungary
iceland
india
indonesia
iran
iraq
ireland
republic of ireland
israel
italy
jamaica
japan
jordan
kazakhstan
kenya
kiribati
kosovo
kuwait
kyrgyzstan
laos
latvia
lebanon
lesotho
liberia
libya
liechtenstein
lithuania
luxembourg
luxemburg
madagascar
malawi
malaysia
maldives
mali
malta
marshall islands
mauritania
mauritius
mexico
micronesia
moldova
monaco
mongolia
montenegro
morocco
mozambique
myanmar
namibia
nauru
nepal
netherlands
holland
new zealand
nicaragua
niger
nigeria
north korea
north macedonia
macedonia
norway
oman
pakistan
palau
palestine
panama
papua new guinea
paraguay
peru
philippines
poland
portugal
qatar
romania
russia
russian federation
rwanda
saint kitts and nevis
saint lucia
saint vincent and the grenadines
samoa
san marino
são tomé and príncipe
saudi arabia
senegal
serbia
seychelles
sierra leone
singapore
slovakia
slovenia
solomon islands
somalia
south africa
south korea
korea
south sudan
spain
sri lanka
sudan
suriname
sweden
switzerland
syria
taiwan
tajikistan
tanzania
thailand
togo
tonga
trinidad and tobago
tunisia
turkey
türkiye
turkmenistan
tuvalu
uganda
ukraine
united arab emirates
uae
united kingdom
uk
great britain
britain
united states
united states of america
usa
us
america
uruguay
uzbekistan
vanuatu
vatican city
venezuela
vietnam
yemen
zambia
zimbabwe
england
scotland
wales
northern ireland
ussr
soviet union
russian empire
prussia
austria-hungary
austro-hungarian empire
ottoman empire
holy roman empire
byzantine empire
roman empire
british empire
german empire
yugoslavia
czechoslovakia
east germany
west germany
gdr
frg
german democratic republic
federal republic of germany
weimar republic
third reich
persia
siam
ceylon
rhodesia
southern rhodesia
northern rhodesia
zaire
abyssinia
upper volta
dahomey
gold coast
tanganyika
north vietnam
south vietnam
kampuchea
manchukuo
kingdom of sardinia
kingdom of the two sicilies
republic of venice
confederate states
confederacy
""".splitlines() if line.strip())


def is_country(name: str) -> bool:
    """Whether ``name`` (any case, with or without a leading ``the``) is a country or a historic state."""
    folded = " ".join(name.casefold().replace("’", "'").split())
    return folded.removeprefix("the ") in COUNTRIES


US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
    "virginia", "west virginia", "wisconsin", "wyoming"})
"""The states of the USA (not Washington, New York or Georgia, which are also a city or a country): a state is
a region, never offered among towns ("swept into Louisiana on Leyte")."""

UK_COUNTIES = frozenset({
    "cumbria", "kent", "essex", "surrey", "sussex", "east sussex", "west sussex", "norfolk", "suffolk", "devon",
    "cornwall", "dorset", "somerset", "northumberland", "merseyside", "tyne and wear", "rutland", "middlesex",
    "county durham", "greater manchester", "west midlands", "cleveland", "powys", "gwynedd", "fife", "east anglia"})
"""Counties (and one wider area) of the UK whose names carry no "shire": a county is a region, never a town's
answer ("flooded in ____ and Lancashire": Cumbria, not Lancaster)."""

PROVINCES = frozenset({
    "brittany", "normandy", "burgundy", "flanders", "aquitaine", "gascony", "anjou", "maine", "provence", "alsace",
    "lorraine", "picardy", "champagne", "bavaria", "saxony", "bohemia", "silesia", "catalonia", "andalusia",
    "castile", "tuscany", "lombardy", "piedmont", "sicily", "ulster", "munster", "leinster", "connacht",
    "the pale", "wessex", "mercia", "northumbria", "east anglia", "kashmir", "punjab", "bengal", "tibet",
    "manchuria", "siberia", "crimea", "donbas", "galicia", "transylvania", "kurdistan"})
"""Provinces and historic regions of other countries: a region, never offered where a town or a battlefield goes
("Defeated at ____": Blackheath, never Brittany)."""

CITIES = frozenset({
    "london", "birmingham", "manchester", "liverpool", "leeds", "sheffield", "bristol", "newcastle", "nottingham",
    "leicester", "coventry", "bradford", "plymouth", "southampton", "portsmouth", "oxford", "cambridge", "norwich",
    "exeter", "canterbury", "carlisle", "wolverhampton", "sunderland", "gloucester", "worcester", "hereford",
    "cardiff", "swansea", "edinburgh", "glasgow", "aberdeen", "dundee", "belfast", "dublin", "paris", "berlin",
    "rome", "madrid", "lisbon", "vienna", "prague", "warsaw", "moscow", "petrograd", "st petersburg", "leningrad",
    "stalingrad", "budapest", "athens", "amsterdam", "brussels", "geneva", "munich", "hamburg", "nuremberg",
    "weimar", "dresden", "cologne", "frankfurt", "marseille", "lyon", "venice", "florence", "milan", "naples",
    "barcelona", "seville", "istanbul", "constantinople", "jerusalem", "cairo", "baghdad", "tehran", "delhi",
    "new delhi", "mumbai", "bombay", "calcutta", "kolkata", "beijing", "peking", "shanghai", "hong kong", "tokyo",
    "hiroshima", "nagasaki", "seoul", "hanoi", "saigon", "manila", "jakarta", "sydney", "melbourne", "lagos",
    "nairobi", "johannesburg", "cape town", "rio de janeiro", "são paulo", "sao paulo", "mexico city", "havana",
    "chicago", "los angeles", "san francisco", "boston", "philadelphia", "detroit", "atlanta", "selma", "memphis",
    "little rock", "new orleans", "toronto", "montreal", "karachi", "dhaka", "kiev", "kyiv", "sarajevo",
    "versailles", "potsdam", "yalta", "salt lake city", "san salvador", "lima", "bogotá", "bogota", "caracas",
    "quito", "buenos aires", "montevideo", "valparaíso", "valparaiso", "guayaquil", "cartagena", "ankara", "kabul",
    "islamabad", "bangkok", "kuala lumpur", "addis ababa", "accra", "kinshasa", "algiers", "riyadh", "damascus",
    "beirut", "antioch", "edessa", "alexandria", "carthage", "ravenna", "tyre", "ctesiphon", "nicaea"})
"""Cities a pack names most (not those that are also a family or a royal house: Lincoln, York, Montgomery): a city
is a place, never a person, whatever "'s" follows it ("London's militia")."""
