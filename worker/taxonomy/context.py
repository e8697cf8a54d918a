"""The words the tag stage reads beside a country's mention before it counts it, in one place.

A country's adjective is a person's nationality before or after a noun for an artist or a
scholar ("a Russian writer", "un écrivain russe"), the nation a saying is attributed to
beside a word for a proverb ("Китайская пословица", "Proverbio chino"), and a line that opens
with a word for categories files the text rather than mentioning a country ("Kategorie:
Vorspeisen, China"). worker/pipeline/tag.py builds its patterns from the alternatives below.

The same alternatives' first letters (``heads``) are matched with the aliases, in the same
automaton pass, under the internal id ``_context`` (``origin`` says which list): a text none
of whose words starts like one of them holds no nationality, saying or category line, and the
tag stage skips those patterns for every mention in it. The heads are a superset by
construction: a pattern reads a noun after the adjective only after whitespace, reads the
word before it back to a char the fold makes a space, and a line's first word after a line
break, so once folded each such noun starts a word, and it starts with one of the heads.
"""

from __future__ import annotations

import re

from worker.taxonomy.matcher import Pattern

__all__ = [
    "CATEGORY",
    "CATEGORY_WORDS",
    "CONTEXT_TAGS",
    "LETTER_WORD",
    "LETTER_WORD_PARTS",
    "PERSON_AFTER",
    "PERSON_AFTER_EN",
    "PERSON_BEFORE",
    "PERSON_NEXT",
    "PERSON_PREVIOUS",
    "SAYING_AFTER",
    "SAYING_AFTER_WHOLE",
    "SAYING_BEFORE",
    "SAYING_NEXT",
    "SAYING_PREVIOUS",
    "SCRIPT_WORD",
    "SCRIPT_WORD_STARTS",
    "TRANSLATION_WORD",
    "TRANSLATION_WORD_PARTS",
    "context_patterns",
    "dotless",
    "heads",
]

# The internal tags the words below are found under, one per list and place.
PERSON_NEXT, PERSON_PREVIOUS = "_person_after", "_person_before"
SAYING_NEXT, SAYING_PREVIOUS = "_saying_after", "_saying_before"
CATEGORY = "_category"

# English nouns after "a/an" and the adjective ("a Russian writer", "a Chinese-born physicist").
PERSON_AFTER_EN = (
    "writer", "poet", "novelist", "author", "playwright", "essayist", "painter", "artist",
    "sculptor", "photographer", "composer", "pianist", "violinist", "cellist", "conductor",
    "musician", "singer", "dancer", "ballerina", "actor", "actress", "film-?maker", "director",
    "physicist", "chemist", "biologist", "mathematician", "scientist", "scholar", "philosopher",
    "historian", "linguist", "economist", "zoologist", "botanist", "astronomer", "geologist",
    "psychologist", "theorist", "inventor", "revolutionary", "anarchist",
    "[eé]migr[eé]", "count", "countess", "baron",
    "baroness", "prince", "princess", "aristocrat", "nobleman", "noblewoman",
)  # fmt: skip
# German, Ukrainian, Russian, Polish, Czech and Hungarian nouns after the adjective (stems: any
# ending follows).
PERSON_AFTER = (
    "Schriftsteller", "Dichter", "Autor", "Maler", "Bildhauer", "Komponist", "Pianist",
    "Sänger", "Schauspieler", "Regisseur", "Physiker", "Chemiker", "Philosoph", "Historiker",
    "Künstler", "поет", "поэт", "письменн", "писател", "художни", "скульптор", "композитор",
    "піаніст", "пианист", "співа[кч]", "певец", "певц", "певиц", "актор", "актрис", "актёр",
    "актер", "режисер", "режиссер", "драматург", "прозаїк", "прозаик", "філософ", "философ",
    "історик", "историк", "фізик", "физик", "хімік", "химик",
    # authors, artists and scientists by the words ua-gec writes ("від українського автора",
    # "сучасної української авторки", "британські та українські вчені"), and the same nouns
    # in Polish ("największym rosyjskim poetą"), Czech and Hungarian ("orosz író")
    "автор", "митц", "митець", "мистки", "музикант", "музыкант", "вчен[іиоу]", "науковц",
    "науковець",
    # scholars of a school or a science by nationality ("русских формалистов", "русскими
    # математиками", "українські мовознавці")
    "формалист", "формаліст", "математик", "лингвист", "лінгвіст", "филолог", "філолог",
    "языковед", "мовознав", "литературовед", "літературознав",
    "poet", "pisarz", "pisark", "malarz", "rzeźbiar", "kompozytor", "aktor",
    "reżyser", "filozof", "historyk", "fizyk", "chemik", "naukowc", "naukowiec", "piosenkar",
    "spisovatel", "básník", "malíř", "skladatel", "herec", "herečk", "író", "költő", "festő",
    "színész", "rendező", "tudós", "fizikus", "filozófus", "történész",
)  # fmt: skip
# French, Spanish, Italian and Portuguese nouns before the adjective ("un écrivain russe").
PERSON_BEFORE = (
    "écrivaine?", "poète", "poétesse", "romanci(?:er|ère)", "peintre", "sculpteur",
    "compositeur", "compositrice", "pianiste", "chanteur", "chanteuse", "acteur", "actrice",
    "cinéaste", "physicien(?:ne)?", "philosophe", "historien(?:ne)?", "escritora?", "poeta",
    "poetisa", "novelista", "pintora?", "escultora?", "compositora?", "pianista", "cantante",
    "actor", "actriz", "atriz", "ator", "cineasta", "físic[oa]", "filósof[oa]",
    "historiador(?:a)?", "scrittore", "scrittrice", "pittore", "pittrice", "scultore",
    "compositore", "attore", "attrice", "regista", "fisico", "filosofo", "storico",
    "músic[oa]", "líric[oa]", "pensador(?:a)?", "penseur", "musicista",
    # the descriptors of quotes' authors ("Filósofo y estadista chino", "Estadista y
    # científico estadounidense", "Dramaturgo ruso")
    "estadista", "statista", "científic[oa]", "scienziat[oa]", "scientifique",
    "matemátic[oa]", "matematic[oa]", "dramaturg[oa]", "drammaturg[oa]", "dramaturge",
    "ensayista", "saggista", "essayiste", "humorista", "teólog[oa]", "sociólog[oa]",
    "psicólog[oa]", "economista", "periodista", "giornalista", "journaliste", "jornalista",
    # a master of a school of thought ("Mestro taoista chino") and a cook ("Cuoca russa"),
    # people by their nationality as the scholars above are
    "maestr[oa]", "tao[ií]sta", "budista", "buddista", "cuoc[oa]", "cociner[oa]",
    "cozinheir[oa]",
)  # fmt: skip
# Words for a proverb, a saying or wisdom after the adjective (stems) and before it.
SAYING_AFTER = (
    "пословиц", "поговорк", "приказк", "прислів", "мудрост", "мудріст", "přísloví",
    "pořekadl", "moudrost", "proverb", "saying", "wisdom", "Sprichw", "Spruch", "Weisheit",
    "przysłow", "mądroś", "porzekad",
    # a folk omen or a joke attributed to a nation ("Русская примета", "українська прикмета",
    # "русский анекдот"), culture as a proverb is
    "примет", "прикмет", "анекдот", "superstition",
    # a dictum or an aphorism attributed to a nation ("Китайское изречение", "Русский афоризм")
    "изречени", "афоризм",
    # a curse attributed to a nation ("an old Chinese curse"; not German Fluch, the head
    # of Flucht)
    "curse",
    # an art, a literature, a music or a cuisine named after a nation (LABELLING.md: culture
    # without the country): "русскую поэзию", "української літератури", "русскую народную
    # песню"; Polish "rosyjska poezja" and Hungarian "orosz irodalom" put it first too
    "поэзи", "поезі", "литератур", "літератур", "культур", "музык", "музик", "песн", "пісн",
    "фольклор", "кухн", "співи", "співів", "мистецтв", "искусств", "poezj", "literatur",
    "kultur", "muzyk", "piosenk",
    # the popular stage and its songs ("русскую эстраду придумали", "українська естрада")
    "эстрад", "естрад",
    "irodal", "költészet", "kultúr", "zen[eé]", "konyh",
)  # fmt: skip
# Words of that kind that take no ending, matched as whole words: the cinema ("в українському
# кіно"), since "города Москвы киностудии" is the city's film studio.
SAYING_AFTER_WHOLE = ("кіно", "кино")
SAYING_BEFORE = (
    "proverb(?:io|e|es|ios|i)", "provérbios?", "ditados?", "refr[aá]n(?:es)?", "dichos?",
    "przysłowie", "porzekadło", "mądrość", "saggezza", "sabedoria", "sabidur[ií]a", "sagesse",
    # maxims, aphorisms, adages and fables ("Máxima china", "Aforismo ruso", "Favola russa")
    "máximas?", "aforism[oai]s?", "adagios?", "adágios?", "favol[ae]",
    "fábulas?", "fables?", "massim[ae]", "dett[oi]",
)  # fmt: skip
# Words that open a line of categories or tags.
CATEGORY_WORDS = (
    "Kategorien?", "Categor(?:y|ies|ía|ías|ie|ia|ias)", "Catégories?",
    "Rubri(?:k|ken|que|ques)", "Kategorie", "Kategorii", "Категори[яи]", "Рубрик[аи]",
)  # fmt: skip

# Each internal tag and its words.
_LISTS: dict[str, tuple[str, ...]] = {
    PERSON_NEXT: PERSON_AFTER_EN + PERSON_AFTER,
    PERSON_PREVIOUS: PERSON_BEFORE,
    SAYING_NEXT: SAYING_AFTER + SAYING_AFTER_WHOLE,
    SAYING_PREVIOUS: SAYING_BEFORE,
    CATEGORY: CATEGORY_WORDS,
}

# Three checks of the tag stage read a word that most texts lack before they read a mention
# at all: a word starting like a word for a script, a letter, a text or a language (the
# Latin-script adjective that names a script, "caracteres chinos"), a capitalised word for a
# letter anywhere ("LETTER", "БУКВА"), and a Russian or Ukrainian word for translating
# anywhere in a word ("перевод", "переклад"). Their words come back among the matches under
# these ids too, so a text none of them is found in is not searched for them again.
SCRIPT_WORD, LETTER_WORD, TRANSLATION_WORD = "_script_word", "_letter_word", "_translation_word"
# the starts of the words of the script patterns (folded: lower case, no accents)
SCRIPT_WORD_STARTS = (
    "carac", "carat", "letr", "letter", "liter", "znak", "zestaw", "alfabet", "alphabet",
    "escrit", "scrittur", "ideogram", "text", "test", "tekst", "charset", "character",
    "script", "idiom", "lengua", "lingu", "jezyk", "tradu", "tradott", "translat",
    "language", "langue", "ciril", "cyryl", "cyril",
    # a language's parts: vowels, consonants, grammar, spelling, pronunciation
    "vowel", "conson", "vokal", "konson", "voyel", "samogłos", "społgłos", "grammar",
    "grammat", "gramat", "spelling", "pronunc", "pronon", "ausspra", "wymow",
)  # fmt: skip
# inside any word: the literal parts of the capitalised letter words and the translation
# words (their patterns, in worker/pipeline/tag.py, match inside words too)
LETTER_WORD_PARTS = ("LETRA", "LETTER", "LETTRE", "LITERA", "БУКВА", "ЛІТЕРА")
TRANSLATION_WORD_PARTS = ("перев", "переклад", "переклав", "перекласт")
_GATES: dict[str, tuple[str, ...]] = {
    SCRIPT_WORD: tuple(f"{start}*" for start in SCRIPT_WORD_STARTS),
    LETTER_WORD: tuple(f"*{part}*" for part in LETTER_WORD_PARTS),
    TRANSLATION_WORD: tuple(f"*{part}*" for part in TRANSLATION_WORD_PARTS),
}
CONTEXT_TAGS = frozenset(_LISTS) | frozenset(_GATES)

_QUANTIFIERS = "?*+{"
_CLASS = re.compile(r"\[([^\]\\]+)\]")


def heads(alternative: str) -> list[str]:
    """The literal starts of the words an alternative accepts: its letters up to the first
    group, quantified letter or class; a leading class gives one start per letter in it
    ("[eé]migr[eé]" -> "emigr", "émigr"). Refuses an alternative with no literal start."""
    if alternative.startswith("["):
        m = _CLASS.match(alternative)
        if m is None or "-" in m.group(1):
            raise ValueError(f"context word {alternative!r}: only a class of letters may lead")
        rest = heads(alternative[m.end() :]) if alternative[m.end() :] else [""]
        return [c + r for c in m.group(1) for r in rest]
    out = []
    for i, c in enumerate(alternative):
        if c in "[(.|\\^$" or c in _QUANTIFIERS:
            break
        if alternative[i + 1 : i + 2] and alternative[i + 1] in _QUANTIFIERS:
            break  # the letter is optional: the head stops before it
        out.append(c)
    head = "".join(out)
    if len(head) < 3:
        raise ValueError(f"context word {alternative!r}: needs three letters before any group")
    return [head]


def dotless(head: str) -> list[str]:
    """``head`` and its spellings with a dotless ı for an i: the patterns, case-insensitive,
    read ı as i ("WRıTER"), while the fold keeps ı (the one letter that differs so)."""
    forms = [""]
    for c in head:
        forms = [f + v for f in forms for v in ((c, "ı") if c in "iI" else (c,))]
    return forms


def context_patterns() -> list[Pattern]:
    """The heads of every list, as stems (found where a word starts), under their tags, and
    the words of the three gates above."""
    return [
        Pattern(tag, f"{form}*", rule="context")
        for tag, words in _LISTS.items()
        for word in words
        for form in dict.fromkeys(f for head in heads(word) for f in dotless(head))
    ] + [Pattern(tag, term, rule="context") for tag, terms in _GATES.items() for term in terms]
