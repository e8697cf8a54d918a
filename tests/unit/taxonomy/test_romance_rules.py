"""Rules drawn from the Spanish and French pool (test_romance_pool.py): French names of
languages in a list, each with its article ("le bulgare, le biélorusse, ..., le russe, le serbe
et l'ukrainien", "du chinois, du japonais ou du coréen"), beside a word for an alphabet or for
characters, are the languages, not the countries; so is a language alone after its article in
a sentence that names languages (les langues, la langue) or a translation (traduit du russe
par).

Each ``real`` case is a verbatim quote of its source; each ``constructed`` case is a news
sentence that must keep the tag, or a list of languages that must not get it."""

from __future__ import annotations

import pytest
from tagged import tags as _tags

FR = "manpages-fr==4.18.1-1 /usr/share/man/fr/"

CHARSETS = (
    "8859-5 Alphabet cyrillique prenant en charge le bulgare, le biélorusse, le macédonien, le "
    "russe, le serbe et (presque complètement) l’ukrainien. Il n’a jamais été beaucoup utilisé, "
    "consultez les remarques concernant KOI8-R et KOI-U ci-dessous."
)
UTF8 = (
    "Ensuite, comme les émulateurs de terminaux modernes en mode UTF-8 gèrent également les "
    "caractères double largeur du chinois, du japonais ou du coréen et les caractères combinés "
    "sans espacement, l’affichage d'un unique caractère ne fait pas avancer obligatoirement le "
    "curseur d'une position comme c'était le cas en ASCII."
)

CODE_PAGES = (
    "Page de code:Langue 437:T{ anglais (Inde), anglais (Malaisie), anglais (République des "
    "Philippines), anglais (Singapour), anglais (Afrique du sud), anglais (États-Unis), "
    "anglais (Zimbabwe), Philippines, hausa, igbo, inuktitut, kinyarwanda, kiswahili, yoruba "
    "T} 720:arabe, dari, perse, urdu, ouïghour 737:grec 775:estonien, letton, lituanien "
    "850:T{ afrikaans, alsacien, basque, breton, catalan, corse, danois, néerlandais, "
    "anglais (Australie), anglais (Belize), anglais (Canada), anglais (Caraïbes), anglais "
    "(Irlande), anglais (Jamaïque), anglais (Nouvelle-Zélande), anglais (Trinité-et-Tobago), "
    "anglais (Royaume-Uni), féroïen, finnois, français, frison, galicien, allemand, "
    "groenlandais, islandais, indonésien, irlandais, xhosa, zoulou, italien, k'iche, bas "
    "sorabe, luxembourgeois, malais, mapudungun, mohawk, norvégien, occitan, portugais, "
    "quechua, romanche, same, gaélique écossais, bantou, tswana, espagnol, suédois, berbère, "
    "haut sorabe, gallois, wolof T} 852:T{ albanais, bosnien (latin), croate, tchèque, "
    "hongrois, polonais, roumain, serbe (latin), slovaque, slovène, turkmène T} 855:bosnien "
    "(cyrillique), serbe (cyrillique) 857:azéri (latin), turc, ouzbek (latin) 862:hébreu "
    "866:T{ azéri (cyrillique), bashkir, biélorusse, bulgare, kyrgyze, macédonien, mongole, "
    "russe, tadjik, Tatar, ukrainien, ouzbek (cyrillique), iakoute T} 874:thaï 932:japonais "
    "936:chinois (simplifié) 949:coréen 950:chinois (traditionnel) 1258:vietnamien"
)

# (text, tag): the language, not the country
LANGUAGES = [
    # real: FR + "man7/charsets.7.gz part 3"
    (CHARSETS, "russia"),
    (CHARSETS, "ukraine"),
    # real: FR + "man7/utf-8.7.gz part 4"
    (UTF8, "china"),
    # real: FR + "man8/fatlabel.8.gz part 4" (a part the draw left out), its first line
    (CODE_PAGES, "ukraine"),
    # constructed: the same lists of languages, other words
    ("Les langues officielles sont le russe et le kazakh.", "russia"),
    ("Le livre est traduit du russe par Anne Dupont.", "russia"),
    ("Langues : anglais, russe, ukrainien, ouzbek.", "ukraine"),
    ("Le clavier cyrillique sert pour le bulgare, le russe et le serbe.", "russia"),
    ("Les caractères cyrilliques du russe et de l'ukrainien.", "ukraine"),
    ("L'alphabet sert au serbe et au russe.", "russia"),
    ("El alfabeto cirílico: el ruso, el búlgaro y el serbio.", "russia"),
]
# (text, tag): constructed; the country stays, also in lists with articles
COUNTRIES = [
    ("Le gouvernement russe et le chinois Huawei ont signé un accord.", "china"),
    ("Le gouvernement russe et le chinois Huawei ont signé un accord.", "russia"),
    ("Les exportations du chinois Huawei, du japonais Sony ou du coréen Samsung.", "china"),
    ("La langue du président russe est le russe.", "russia"),
    ("Les caractères du chinois Xi Jinping ont été commentés à Pékin.", "china"),
    ("Le russe a gagné la finale contre le serbe.", "russia"),
    ("El gobierno ruso, el búlgaro y el serbio firmaron el acuerdo.", "russia"),
    ("Le russe et le chinois ont signé un accord.", "russia"),
    ("Les langues de l’ONU : le président russe a parlé.", "russia"),
    ("Traduit par le ministère russe et par Pékin.", "russia"),
    ("Le Tatarstan, région russe, et le Kazakhstan.", "russia"),
]


@pytest.mark.parametrize(("text", "tag"), LANGUAGES)
def test_a_list_of_languages_is_no_country(text: str, tag: str) -> None:
    assert tag not in _tags(text), text


@pytest.mark.parametrize(("text", "tag"), COUNTRIES)
def test_the_country_stays(text: str, tag: str) -> None:
    assert tag in _tags(text), text
