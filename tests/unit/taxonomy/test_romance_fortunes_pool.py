"""Spanish, Italian and Brazilian Portuguese quotes, proverbs and jokes: a pool of 120 entries of
Debian's fortunes-es 1.36, fortunes-it 1.99-4.1 and fortunes-br 20220821 that no corpus version
used, drawn with ``random.Random(2417)`` (80 of the 484 unused entries naming a keyword, 40 of
the 14,122 naming none) and labelled by tests/eval/LABELLING.md before the tagger was run on
them (see its paragraph on this pool).

``POOL`` holds every entry as (id, source, gold tags, text): the source is the fortune file
and the entry's 1-based number in it (split at lone ``%`` lines, read as UTF-8); the text is
the entry verbatim (``real``). ``test_pool_tags`` asserts all five tags on every entry but
those in ``LEFT``, which the tagger still gets wrong (listed with the reason, not asserted).
"""

from __future__ import annotations

import pytest
from tagged import tags as _tags

TAGS = frozenset({"russia", "china", "ukraine", "taiwan", "trade"})

ES = "fortunes-es==1.36 /usr/share/games/fortunes/"
IT = "fortunes-it==1.99-4.1 /usr/share/games/fortunes/"
BR = "fortunes-br==20220821 /usr/share/games/fortunes/"

POOL: tuple[tuple[str, str, frozenset[str], str], ...] = (
    (
        "rom-001",
        BR + "brasil #265",
        frozenset(),
        'Se estão dando, pegue. Se vierem buscar, corra.\n\nProvérbio russo',
    ),
    (
        "rom-002",
        BR + "brasil #1011",
        frozenset(),
        '\tCiclismo: Não importa para onde você vai; e sempre morro\n\tacima e contra o vento.'
        '\n\t\t-- Joseph Murphy',
    ),
    (
        "rom-003",
        BR + "brasil #1399",
        frozenset(),
        '\tSe veres que seus esforcos não são reconhecidos não\n\tdesanime.  Pois o nascer o so'
        'l da um dos mais lindo\n\tespetaculo e encontra a maior parte da plateia\n\tdormindo.',
    ),
    (
        "rom-004",
        BR + "brasil #1573",
        frozenset(),
        '\tO cão não ladra por valentia e sim por medo.\n\t\t-- Proverbio Chinês',
    ),
    (
        "rom-005",
        BR + "brasil #1878",
        frozenset(),
        '\nDepois de um certo ponto, o dinheiro não faz mais sentido. O jogo é que importa\n\n-'
        '-Aristóteles Onassis',
    ),
    (
        "rom-006",
        BR + "brasil #1909",
        frozenset(),
        '\nEu gosto de ser rico, mas tento não pensar muito nisso. Esse tipo de coisa pode acab'
        'ar nos dominando\n\n--Ralph Lauren',
    ),
    (
        "rom-007",
        BR + "brasil #2052",
        frozenset(),
        '\nNão importa o quão nova uma idéia é; o que importa é quão nova ela se torna\n\n--Eli'
        'as Canetti',
    ),
    (
        "rom-008",
        BR + "brasil #2157",
        frozenset(),
        '\nO presidente precisa de um grupo de assessores que sejam mais leais a ele do que a s'
        'i mesmos\n\n--Nizan Guanaes',
    ),
    (
        "rom-009",
        BR + "brasil #2169",
        frozenset(),
        '\nO que é necessário não é a vontade de acreditar, mas o desejo de descobrir, que é ju'
        'stamente o oposto\n\n--Bertrand Russel',
    ),
    # internal and external markets with no import, export or second economy named: not trade
    (
        "rom-010",
        BR + "brasil #2222",
        frozenset(),
        '\nOs mercados interno e externo são complementares, e não alternativos. Para a economi'
        'a nacional, o que importa é a relização da produção, e não a destinação do produto\n\n'
        '--Akio Morita',
    ),
    (
        "rom-011",
        BR + "brasil #2508",
        frozenset(),
        "'A pessoa verdadeiramente culta não se envergonha de colher informações mesmo junto ao"
        's menos instruidos do que ela."\n\nProverbio Chinês',
    ),
    (
        "rom-012",
        ES + "es/arte.fortunes #286",
        frozenset(),
        'Lo más triste es que la única cosa que se puede hacer durante ocho horas\nal dia es tr'
        'abajar.\n\t\t-- William Faulkner. ',
    ),
    # a writer's nationality as a descriptor (Escritor ruso) is not the country
    (
        "rom-013",
        ES + "es/ciencia.fortunes #239",
        frozenset(),
        'Dios existe; pero no tiene ninguna prisa de hacerlo saber.\n\t\t-- Leon Tolstoi. (1828'
        '-1910) Escritor ruso. ',
    ),
    (
        "rom-014",
        ES + "es/deprimente.fortunes #23",
        frozenset(),
        'Francamente estaba horrorizado de la vida, de todo lo que un hombre\ntenía que hacer s'
        'ólo para comer, dormir, y poder vestirse.\n\t\t\t\t\t\t-- Charles Bukowski --',
    ),
    (
        "rom-015",
        ES + "es/familia.fortunes #122",
        frozenset(),
        'Cada niño es un letrero viviente que dice: ¡Precaución!.\n\t\t-- O.T.S. ',
    ),
    (
        "rom-016",
        ES + "es/familia.fortunes #133",
        frozenset(),
        'Los hombres son siempre niños, aun cuando a veces asombren por su      .\ncrueldad Sie'
        'mpre necesitan educación, tutela y amor                    .\n\t\t-- Máximo Gorki. (18'
        '68-1936) Escritor ruso. ',
    ),
    (
        "rom-017",
        ES + "es/famosos.fortunes #28",
        frozenset(),
        'Recordar que moriré pronto es una de las herramientas más importantes que he\nencontra'
        'do en la vida para ayudarme a tomar las grandes decisiones de la vida.\n              '
        '  -- Steve Jobs (1955-2011) ',
    ),
    (
        "rom-018",
        ES + "es/filosofia.fortunes #36",
        frozenset(),
        'Asi como toda carencia es desgracia, toda desgracia es carencia.\n\t\t-- San Agustín. '
        '(354-439) Obispo, filósofo y Padre de la\n\t\tIglesia Latina. ',
    ),
    (
        "rom-019",
        ES + "es/humanos.fortunes #160",
        frozenset(),
        'Cuando el diablo está satisfecho, es una buena persona.\n\t\t-- Jonathan Swift. (1667-'
        '1745) Escritor británico. ',
    ),
    (
        "rom-020",
        ES + "es/humanos.fortunes #200",
        frozenset(),
        'Toda la actividad humana está motivada por el deseo o el impulso.\n\t\t-- Bertrand Rus'
        'sell. (1872-1970) Filósofo y matemático\n\t\tbritánico. ',
    ),
    (
        "rom-021",
        ES + "es/humanos.fortunes #358",
        frozenset(),
        'La mejor manera de tener aspecto juvenil, es rodearse de gente mas vieja\nque uno.\n\t'
        '\t-- Clarín Porteño. Sección de uno de los diarios más\n\t\timportantes de Argentina. ',
    ),
    (
        "rom-022",
        ES + "es/lao-tse.fortunes #1",
        frozenset(),
        'Todo el mundo considera bello lo bello,\nen esto reside su fealdad.\nTodo el mundo con'
        'sidera bueno el bien,\nen esto reside su mal.\n\nPorque el ser y la nada se engendran.'
        '\nLo fácil y lo difícil se complementan.\nLo largo y lo corto se forman el uno al otro'
        '.\nLo alto y lo bajo se tocan.\nLa voz y el sonido se arminizan.\nEl antes y el despué'
        's se siguen.\n\nPor esto el santo adopta\nla táctica de la no-acción\ny practica la en'
        'señanza sin palabras.\nTodas las cosas del mundo surgen\nsin que exista un autor.\n\nP'
        'roduce sin apropiarse,\nactúa sin esperar nada,\ncuando ha terminado su obra, no se ap'
        'ega a ella\ny, puesto que no se apega a ella,\nsu obra permanecerá.\n\t\t\tTao-Te-Chin'
        ', II',
    ),
    (
        "rom-023",
        ES + "es/lao-tse.fortunes #7",
        frozenset(),
        'Sin cruzar su umbral \nse conoce el universo.\nSin mirar por la ventana\nse ve el cami'
        'no del cielo.\n\nCuanto más lejos se va\nmenos se sabe.\n\nEl santo sabe sin viajar,\n'
        'comprende sin mirar,\nlleva a cabo sin actuar.\n\t\t\tTao-Te-Chin, XLVII',
    ),
    (
        "rom-024",
        ES + "es/lao-tse.fortunes #8",
        frozenset(),
        'El que posee en sí mismo la plenitud de la virtud\nes como el niño recién nacido:\nlos'
        ' insectos venenosos no lo pican,\nlos animales salvajes no lo agarran,\nlas aves rapac'
        'es no se lo llevan.\n\nTiene los huesos endebles y los músculos débiles\npero su energ'
        'ía es todopoderosa.\nIgnora la unión del macho y la hembra,\npero su miembro viril se '
        'yergue,\ntan extrema es su vitalidad.\nLlora todo el día sin ponerse ronco,\ntan perfe'
        'cta es su armonía.\n\t\t\tTao-Te-Chin, LV',
    ),
    (
        "rom-025",
        ES + "es/lao-tse.fortunes #9",
        frozenset(),
        'Practica la no-acción,\nejecuta el no-hacer,\nprueba lo sin-sabor,\nconsidera grande a'
        ' lo pequeño\ny mucho a lo poco.\nAtaca una dificultad en sus elementos fáciles;\nlleva'
        ' a cabo una obra grande a través de actos menores.\nLa cosa más difícil del mundo \nse'
        ' reduce finalmente a elementos fáciles.\nLa obra más grandiosa se lleva a cabo\nnecesa'
        'riamente a través de actos menores.\n\t\t\tTao-Te-Chin, LXIII',
    ),
    (
        "rom-026",
        ES + "es/leydemurphy.fortunes #96",
        frozenset(),
        'Todas las leyes de Finagle pueden ser superadas mediante el aprendizaje\ndel simple ar'
        'te de actuar sin pensar.\n\t\t-- Axioma de Wingo. ',
    ),
    (
        "rom-027",
        ES + "es/leydemurphy.fortunes #114",
        frozenset(),
        'Nunca discutas con un tonto... La gente quizá no distinga la diferencia.\n\t\t-- Prime'
        'ra Ley del Debate. ',
    ),
    (
        "rom-028",
        ES + "es/leydemurphy.fortunes #236",
        frozenset(),
        'Primera ley para caminar sobre el ala de un avión: Nunca se suelte de\ndonde esta suje'
        'to hasta que se haya agarrado a otra cosa.\n\t\t-- Hertzeberg. ',
    ),
    (
        "rom-029",
        ES + "es/libertad.fortunes #167",
        frozenset(),
        'Las guerras seguiran mientras el color de la piel siga siendo mas\nimportante que el d'
        'e los ojos.\n\t\t-- Bob Marley. ',
    ),
    (
        "rom-030",
        ES + "es/poder.fortunes #22",
        frozenset(),
        'Para conducir el gobierno de un Estado debe existir una religiosa\natención hacia los '
        'negocios y la buena fe, ahorratividad en los gastos y\namor por el pueblo.\n\t\t-- Con'
        'fucio. (551-479 a.C.) Filósofo y estadista chino. ',
    ),
    (
        "rom-031",
        ES + "es/poder.fortunes #211",
        frozenset(),
        'La edad de oro retorna a los hombres cuando, aunque solo sea\nmomentáneamente, se olvi'
        'dan del oro.\n\t\t-- Gilbert Chesterton. (1874-1936) Escritor británico. ',
    ),
    (
        "rom-032",
        ES + "es/poder.fortunes #220",
        frozenset(),
        'La riqueza consiste mucho mas en el disfrute que en la posesión.\n\t\t-- Aristóteles. '
        '(384-322 A.C.) Filósofo griego. ',
    ),
    # the Soviet Union and a Stalin are the USSR, not russia
    (
        "rom-033",
        ES + "es/poder.fortunes #270",
        frozenset(),
        'No hay dos naciones en el mundo tan parecidas como Estados Unidos y la\nUnión Soviétic'
        'a.\n\t\t-- Svetlana Stalin. ',
    ),
    # a saying attributed to a nation (Proverbio chino) is culture
    (
        "rom-034",
        ES + "es/proverbios.fortunes #22",
        frozenset(),
        'Cuando de cada ocho marineros siete son timoneles, el navío termina\nyéndose a pique.'
        '\n\t\t-- Proverbio chino. ',
    ),
    (
        "rom-035",
        ES + "es/proverbios.fortunes #97",
        frozenset(),
        'Unicamente los peces muertos nadan con la corriente.\n\t\t-- Proverbio chino. ',
    ),
    (
        "rom-036",
        ES + "es/proverbios.fortunes #145",
        frozenset(),
        'Las grandes obras las sueñan los genios locos. Las ejecutan los\nluchadores natos. Las'
        ' disfrutan los felices cuerdos. Las critican los\ninútiles crónicos.\n\t\t-- Proverbio'
        ' ruso. ',
    ),
    (
        "rom-037",
        ES + "es/proverbios.fortunes #175",
        frozenset(),
        'Si eres paciente en un momento de ira, escaparás a cien días de\ntristeza.\n\t\t-- Pro'
        'verbio chino. ',
    ),
    (
        "rom-038",
        ES + "es/proverbios.fortunes #222",
        frozenset(),
        'Jamás desesperes en medio de las mas sombrias aflicciones de tu vida,\npues de las nub'
        'es mas negras cae un agua limpia y fecundante.\n\t\t-- Proverbio chino. ',
    ),
    (
        "rom-039",
        ES + "es/refranes.fortunes #1997",
        frozenset(),
        'El fraile se muda, el mozo se casa, el casado se cansa y se va a su casa, el clérigo d'
        'ura. ',
    ),
    (
        "rom-040",
        ES + "es/refranes.fortunes #4808",
        frozenset(),
        'Un loco echa una piedra a un río y cien listos no la puedan recuperar. ',
    ),
    (
        "rom-041",
        ES + "es/sabiduria.fortunes #210",
        frozenset(),
        'Solo cuando se tropieza con sus propios zapatos, pensará en recogerlos.\n\t\t-- Young.'
        ' ',
    ),
    (
        "rom-042",
        ES + "es/sabiduria.fortunes #302",
        frozenset(),
        'Un erudito que no sea serio no inspirará respeto, y su sabiduría, por lo\ntanto, carec'
        'erá de estabilidad.\n\t\t-- Confucio. (551-479 a.C.) Filósofo y estadista chino. ',
    ),
    (
        "rom-043",
        ES + "es/sabiduria.fortunes #310",
        frozenset(),
        'Glorificáis la naturaleza y meditáis sobre ella. ¿Por qué no\ndomesticarla y regularla'
        '?\n\t\t-- Hsün-tse. (355 a.C) Filósofo chino discípulo de Confucio. ',
    ),
    (
        "rom-044",
        ES + "es/sabiduria.fortunes #366",
        frozenset(),
        'Es importante mantener una mente abierta, pero no tanto que se te caigan\nlos sesos.\n'
        '\t\t-- Stephen Kallis Jr. ',
    ),
    (
        "rom-045",
        ES + "es/sabiduria.fortunes #381",
        frozenset(),
        'Cuando la idea ha sido transmitida, poco importan las palabras que le\nhan servido de '
        'escolta.\n\t\t-- Zhuangzi. (S.IV a.C.) Mestro taoista chino. ',
    ),
    (
        "rom-046",
        ES + "es/sabiduria.fortunes #553",
        frozenset(),
        'Todos los hombres que no tienen nada importante que decir hablan a\ngritos.\n\t\t-- En'
        'rique Jardiel Poncela. (1901-1952) Escritor español. ',
    ),
    (
        "rom-047",
        ES + "es/sabiduria.fortunes #556",
        frozenset(),
        'La mayor parte de los problemas del mundo se deben a la gente que quiere\nser importan'
        'te.\n\t\t-- Thomas Eliot. ',
    ),
    (
        "rom-048",
        ES + "es/sabiduria.fortunes #667",
        frozenset(),
        'El envoltorio puede ser importante, el contenido debe serlo.\n\t\t-- Pancho Aquino. ',
    ),
    (
        "rom-049",
        ES + "es/sabiduria.fortunes #736",
        frozenset(),
        'Aunque la vida parezca díficil siempre hay algo que puedes hacer y en\nlo que tener éx'
        'ito. Lo importante es que no darse por vencido.\n                -- Stephen Hawking. ('
        '1942-2018). Físico teórico y cosmólogo\n                británico.',
    ),
    (
        "rom-050",
        ES + "es/sentimientos.fortunes #185",
        frozenset(),
        'Odiar a alguien es otorgarle demasiada importancia.\n\t\t-- Anónim. ',
    ),
    (
        "rom-051",
        ES + "es/sentimientos.fortunes #325",
        frozenset(),
        'La razón no me ha enseñado nada. Todo lo que yo se me ha sido dado por\nel corazón.\n'
        '\t\t-- Leon Tolstoi. (1828-1910) Escritor ruso. ',
    ),
    (
        "rom-052",
        ES + "es/sentimientos.fortunes #360",
        frozenset(),
        'La felicidad es darse cuenta que nada es demasiado importante.\n\t\t-- Antonio Gala. ('
        '1930-) Dramaturgo español. ',
    ),
    (
        "rom-053",
        ES + "es/verdad.fortunes #2",
        frozenset(),
        'El ser de las cosas, no su verdad, es la causa de la verdad en el\nentendimiento.\n\t'
        '\t-- Santo Tomás de Aquino. (1225-1274) Teólogo italiano. ',
    ),
    (
        "rom-054",
        ES + "es/vida.fortunes #35",
        frozenset(),
        'La experiencia es como un billete de lotería comprado después del\nsorteo. No creo en '
        'ella.\n\t\t-- Gabriela Mistral. (1889-1957) Poetisa chilena. ',
    ),
    (
        "rom-055",
        ES + "es/vida.fortunes #222",
        frozenset(),
        'Aprende a vivir bien y sabrás morir bien.\n\t\t-- Confucio. (551-479 a.C.) Filósofo y '
        'estadista chino. ',
    ),
    (
        "rom-056",
        IT + "it/computer #11",
        frozenset({"china"}),
        '[...]  La tua ragazza sono tre ore che prova a chiamarti e trova il\ntelefono occupato'
        " [dal modem].  Ora sarebbe libero, ma ormai e' troppo\ntardi.  E anche per oggi non si"
        " ciula.  E' bello?  Eh ma, dice, con\nInternet puoi comunicare con l'Australia, la Cin"
        "a, hai indirizzi di\ntutto il mondo.  E allora?  E' come uno che per fare bella figura"
        ',\ninvece di usare una piccola rubrica scritta a mano con pochi indirizzi\ndi gente fi'
        "data, amici sicuri, va in giro con l'elenco telefonico nel\ntaschino (2 tomi: AL-MZ, p"
        "iu' le ``Pagine Gialle'' perche' non si sa mai).\nE quando anche ti sei collegato in p"
        "iena notte con uno di Perth, che tra\nl'altro parlera' in inglese suppongo, che cacchi"
        "o gli dici?  Eh, che\ntempo fa laggiu', che tempo fa qua...  Quanti gradi ci sono qua,"
        " quanti\ngradi ci sono la'...  Che tempo e' previsto la', che tempo e' previsto\nqua. "
        " A volte mi viene da pensare che Internet l'abbia inventata\nBernacca.\n\t\t-- Claudio"
        ' Bisio',
    ),
    (
        "rom-057",
        IT + "it/computer #125",
        frozenset(),
        'Ogni cosa dovrebbe essere costruita top-down, eccetto la prima volta.',
    ),
    (
        "rom-058",
        IT + "it/computer #189",
        frozenset(),
        "Lo stato di alcuni Un*x commerciali e' piu' insicuro di qualunque Linux\nbox privo di "
        'password di root...\n\t\t-- Bernd Eckenfels',
    ),
    # characters of a joke by nationality (poker cinese)
    (
        "rom-059",
        IT + "it/definizioni #141",
        frozenset(),
        'Personaggi Illustri [5 di 35]:\n\tCampione di poker cinese: Chon Full\n\tCampione di p'
        'oker indiano: Kibara\n\tCampione di poker tedesco: Von Bleffen\n\t\t-- Da http://www.g'
        'eocities.com/SouthBeach/Marina/9922/nomi.txt',
    ),
    (
        "rom-060",
        IT + "it/definizioni #144",
        frozenset(),
        'Personaggi Illustri [8 di 35]:\n\tCuoca cinese: Sughishapy\n\tCuoca russa: Tocotto Ott'
        'ova\n\tCuoca russa 2: Galina Kocimelova  [o Galina Sbattilova, ndr]\n\tCuoco giappones'
        'e: Sounasega Sussughi\n\tCuoca spagnola: Dolores De Panzas\n\t\t-- Da http://www.geoci'
        'ties.com/SouthBeach/Marina/9922/nomi.txt',
    ),
    (
        "rom-061",
        IT + "it/formiche #52",
        frozenset({"china"}),
        '(Parlando di un naso enorme)  Visto che lei vede solo a un palmo di naso,\npotrebbe di'
        'rmi come sta mio cognato a Pechino?\n\t\t-- Steve Martin',
    ),
    # tariffa, a lawyer's fee, is not a tariff
    (
        "rom-062",
        IT + "it/formiche #108",
        frozenset(),
        '- Scusi, avvocato, a quanto ammonta la sua parcella per una consultazione?\n- 50 dolla'
        "ri ogni tre domande.\n- Non le sembra una tariffa molto cara?\n- Si'.  Ora mi faccia p"
        "ure l'ultima domanda.\n\t\t-- Micheal Rafferty",
    ),
    (
        "rom-063",
        IT + "it/italia #234",
        frozenset(),
        "Nella vita ci sono cose ben piu' importanti del denaro.\nIl guaio e' che ci vogliono i"
        ' soldi per comprarle!',
    ),
    (
        "rom-064",
        IT + "it/italia #377",
        frozenset(),
        "In seguito, [Benjamin] Franklin ando' a far parte della schiera dei Pionieri\ndell'Ele"
        "ttricita' i cui nomi sono diventati parte della nostra terminologia\nelettrica: Myron "
        'Volt, Mary Louise Amp, James Watt, Bob Trasformatore, ecc.\nQuesti pionieri condussero'
        " molti importanti esperimenti elettrici.  Ad esempio,\nnel 1780 Luigi Galvani scopri' "
        "(questo e' vero) che, quando lui collegava due\ndifferenti tipi di metallo alle zampe "
        'di una rana, si sviluppava una corrente\nelettrica e le zampe della rana scalciavano, '
        'anche se poi la corrente\nterminava di circolare nella rana, che era comunque morta.  '
        "La scoperta di\nGalvani porto' a enormi progressi nel campo della medicina anfibia.  O"
        "ggi,\nesperti chirurghi veterinari possono prendere una rana che e' stata gravemente\n"
        'ferita o uccisa, impiantare pezzi di metallo nei suoi muscoli, e vederla\nsaltellare n'
        'ello stagno come una rana normale, eccetto il fatto che va a fondo\ncome una pietra.\n'
        '\t\t-- Dave Barry, "What is Electricity?"',
    ),
    (
        "rom-065",
        IT + "it/italia #497",
        frozenset(),
        'Andrea: "Triste la terra che non ha eroi".\nGalileo: "No, triste la terra che ha bisog'
        'no di eroi".\n\t\t-- Bertold Brecht, "Life of Galileo"',
    ),
    (
        "rom-066",
        IT + "it/italia #535",
        frozenset(),
        "Democrazia e' bene.  Dico questo perche' gli altri sistemi sono peggio.\n\t\t-- Jawaha"
        'rlal Nehru',
    ),
    (
        "rom-067",
        IT + "it/italia #909",
        frozenset(),
        'Ho talmente pochi ammiratori che, ogni volta che ne incontro uno, mi\nfaccio fare un a'
        'utografo.\n\t\t-- Paolo Cananzi',
    ),
    (
        "rom-068",
        IT + "it/italia #934",
        frozenset(),
        "Gli uomini sono fatti di polvere.\nPiu' polvere c'e', e piu' gli uomini sono fatti.",
    ),
    (
        "rom-069",
        IT + "it/italia #1126",
        frozenset(),
        'Solo i creditori e i parenti suonano alla porta con impeto Wagneriano.\n\t\t-- "L\'imp'
        'ortanza di essere Ernesto"',
    ),
    (
        "rom-070",
        IT + "it/italia #1297",
        frozenset(),
        '"E se Pitagora...  fosse morto di calcoli?"\n\t\t-- Walter Waldi',
    ),
    (
        "rom-071",
        IT + "it/italia #1378",
        frozenset(),
        "Uomo 1:  Chiedimi qual e' la cosa piu' importante riguardo al raccontare\n         una"
        " buona battuta.\n\nUomo 2:  Ok, qual e' la cosa piu' impo --\n\nUomo 1:  TEMPO!",
    ),
    (
        "rom-072",
        IT + "it/italia #1416",
        frozenset(),
        "Quando hai perduto la testa, non piangere perche' non hai capelli.\n\t\t-- Proverbio r"
        'usso',
    ),
    # mosca, Italian for a fly
    (
        "rom-073",
        IT + "it/italia #1429",
        frozenset(),
        'Ogni merda ha la sua mosca.  Tranne me.\n\t\t-- Lolita (Luciana Littizzetto), "Ciro - '
        'Il figlio di Target"',
    ),
    (
        "rom-074",
        IT + "it/italia #1434",
        frozenset(),
        '"Jean Jacques Dormi\'  Jean Jacques Russo\'"\n\t\t-- Riccardo Cassini',
    ),
    (
        "rom-075",
        IT + "it/italia #1666",
        frozenset(),
        '\t\t              ATTENZIONE!\n\t\t              ~~~~~~~~~~~\n\n\n\n\n\n\n\n\nNo, nien'
        'te, non era importante...',
    ),
    (
        "rom-076",
        IT + "it/italia #1770",
        frozenset(),
        "L'America degli affari ha da molto tempo smesso di richiedere che gli\nimpiegati del f"
        'uturo siano onesti e zelanti.  Ha perfino smesso di\nsperare per gli impiegati che son'
        'o istruiti abbastanza da conoscere la\ndifferenza tra un bagno per gli uomini ed uno p'
        'er le donne senza che vi\nsiano piccole figure sulle porte.\n\t\t-- Dave Barry, "Urine'
        ' Trouble, Mister"',
    ),
    (
        "rom-077",
        IT + "it/italia #1905",
        frozenset(),
        '\t\t            "ANGOSSIA IN AUTOMOBILE"\n\nQuasi tutte le specie animali hanno,    | '
        'Torna indietro seguendo il suo\ncome gli esseri umani,                  |    istinto?'
        '\nuna organizzazione sociale,             | Si suicida?\ne quindi una famiglia,       '
        '           | Si forma una nuova famiglia?\ne quindi degli affetti...               | S'
        "i va a fare la tana in un ufficio\n\t\t                        |    dell'assessorato a"
        "i servizi\nUna mosca che entra dal finestrino      |    sociali?\ndell'auto a Napoli e"
        ',                   | Oppure (e questa sarebbe una scoperta\ndopo ottocento chilometri'
        ' di autostrada,|    scientifica strepitosa) aspetta al\nne esce a Milano,             '
        '          |    casello di Milano di entrare in\nche fa?                               '
        '  |    un\'auto targata "Napoli"?\n\n\t\t-- "POE\'SIE, ANGOSSIE & ALTRE STORIE", da\n'
        '\t\t   http://www.geocities.com/SouthBeach/Marina/9922/poesie.txt',
    ),
    (
        "rom-078",
        IT + "it/italia #2054",
        frozenset(),
        "L'immaginazione e' piu' importante della conoscenza.\n\t\t-- Albert Einstein",
    ),
    (
        "rom-079",
        IT + "it/italia #2059",
        frozenset(),
        'L.A.: "Io ho fatto la gavetta.  Per anni ho fatto la fame...".\nM.L.: "Ma poi ti sei r'
        'ifatto...".\nL.A.: "E che?!...  non sono mica Alba Parietti!".\n\t\t-- Lello Arena e M'
        'assimo Lopez, "Scherzi a parte"',
    ),
    (
        "rom-080",
        IT + "it/italia #2105",
        frozenset(),
        '"Sei una cacca, ma mi piaci", disse la mosca.\n\t\t-- Da it.hobby.umorismo',
    ),
    (
        "rom-081",
        IT + "it/italia #2376",
        frozenset(),
        "Un vecchio sta attraversando la strada sulle strisce.  Un'auto lo butta\na terra.  Poc"
        'o dopo si ferma e il guidatore grida inferocito: "Faccia\nattenzione!".  E il vecchio:'
        ' "Perche\'?  Ora fa pure la retromarcia?".\n\t\t-- Da it.hobby.umorismo',
    ),
    (
        "rom-082",
        IT + "it/italia #2407",
        frozenset(),
        "- Peo, lo sai che Ettore ha smesso di fumare?\n- Belin, per forza: e' morto!\n\t\t-- C"
        'avalli Marci, "Ciro - Il figlio di Target"',
    ),
    (
        "rom-083",
        IT + "it/italia #2435",
        frozenset(),
        'Gara di corsa nel manicomio.  Uno dei concorrenti: "Mi conviene arrivare\nprimo o terz'
        'o".  Un altro concorrente: "Perche\'?".  "Mi hanno detto che\nl\'arbitro ha un cronome'
        'tro che spacca il secondo!".\n\t\t-- Da it.hobby.umorismo',
    ),
    (
        "rom-084",
        IT + "it/italia #2477",
        frozenset(),
        "Nell'ultima visita a New York, il Papa chiede di poter guidare la sua\nlimousine.  La "
        "richiesta appare strana, ma il suo desiderio ovviamente\nviene esaudito.  Cosi' l'auti"
        "sta si siede dietro e il papa parte ed\nimbocca l'autostrada.  Dopo un po' pero' pigia"
        " un po' troppo\nsull'acceleratore e supera abbondantemente i limiti di velocita'.\nOvv"
        'iamente ad un certo punto viene fermato da un poliziotto.  Questi si\nrende conto dell'
        'a situazione e, imbarazzato, chiama via radio il suo\ncapitano per avere istruzioni.  '
        '"Capitano, ho fermato una persona molto\nimportante per eccesso di velocita\', e non s'
        'o cosa fare".  "E chi\nsarebbe, il Presidente?".  "No!  Questo e\' molto piu\' importa'
        'nte!".  "Ma\nchi e\', il segretario generale dell\'ONU?".  "No!  Molto piu\'\nimportan'
        'te!".  "Ma insomma, chi e\'?".  "Capitano, io non lo so chi sia,\nma deve essere danna'
        'tamente importante.  Il suo autista e\' il Papa!".\n\t\t-- Da it.hobby.umorismo',
    ),
    # russi/ucraino as puns on russare (to snore)
    (
        "rom-085",
        IT + "it/italia #2565",
        frozenset(),
        '- Se russi ti picchio!\n- E se ucraino?\n- Ti merlo!\n\t\t-- Da it.hobby.umorismo',
    ),
    # a traveller's bottles at customs are not trade
    (
        "rom-086",
        IT + "it/italia #2749",
        frozenset(),
        'Alla dogana: "Cosa c\'e\' in quelle bottiglie?".\n"Acqua santa di Lourdes".\nIl dogani'
        'ere assaggia: "Ma e\' whisky!".\n"Miracolo!  Miracolo!".\n\t\t-- Da it.hobby.umorismo',
    ),
    # la mia russa: it snores
    (
        "rom-087",
        IT + "it/italia #2773",
        frozenset(),
        '"Dottore, mi si addormenta spesso la gamba".  Il dottore visita, ma non\ntrova nulla: '
        '"Stia tranquillo, non e\' nulla".  "Si\', ma la mia russa!".\n\t\t-- Da it.hobby.umori'
        'smo',
    ),
    (
        "rom-088",
        IT + "it/italia #2966",
        frozenset(),
        "Quando ero bambino, eravamo cosi' poveri che, da noi, il camion della\nspazzatura pass"
        'ava due volte la settimana.  Per le consegne.\n\t\t-- Santino Topazio (Bebo Storti), "'
        'Scatafascio"',
    ),
    (
        "rom-089",
        IT + "it/italia #3026",
        frozenset(),
        "Proverbio cinese:\n\tL'uomo intelligente regala alla sua donna un pianoforte.\n\tL'uom"
        'o saggio le regala un organo verticale.\n\t\t-- Da it.hobby.umorismo',
    ),
    (
        "rom-090",
        IT + "it/italia #3083",
        frozenset(),
        '- Come si chiama una mosca che ronza dentro la testa di un carabiniere?\n- Uno Space I'
        'nvader.\n\t\t-- Da it.hobby.umorismo',
    ),
    (
        "rom-091",
        IT + "it/italia #3525",
        frozenset(),
        'W.Allen: "Bello quel Pollock, eh?".\nRagazza: "Si\', bello".\nW.Allen: "A te...  cosa '
        'dice?".\nRagazza: "Riafferma la negativita\' dell\'universo, l\'atroce solitudine ed\n'
        "\til vuoto dell'esistenza - il nulla - la condanna dell'uomo,\n\tcostretto a vivere in"
        " una brulla eternita' senza Dio, con una\n\tfiammella che vacilla in un immenso vuoto "
        "- senza nulla\n\tall'intorno - che desolazione, orrore e degradazione...  stretto\n\ti"
        'n un\'inutile squallida camicia di forza, in un cosmo tenebroso\n\te assurdo".\nW.Alle'
        'n: "Cosa fai sabato sera?".\nRagazza: "Mi suicido".\nW.Allen: "E venerdi\' sera?".',
    ),
    (
        "rom-092",
        IT + "it/italia #3779",
        frozenset(),
        "Dimmi, o Signore, perche' se in Germania si cappotta una macchina\nrifanno la macchina"
        ', e in Italia se si rovescia un treno licenziano\nil macchinista...\n\t\t-- Giobbe Cov'
        'atta, in riferimento alla Mercedes Classe A',
    ),
    (
        "rom-093",
        IT + "it/italia #4126",
        frozenset(),
        'Una bimba: "Papa\', ma chi t\'insegnava a guidare, prima di conoscere la mamma?".\n\t'
        '\t-- Da it.hobby.umorismo',
    ),
    (
        "rom-094",
        IT + "it/jackfr #12",
        frozenset(),
        "Cioe', uno dei fini ultimi e' questa cavolo di serenita' martoriata.  Il\nragionamento"
        " e' cosi'.  Non ci vuole un genio.  E allora, perche' dovrei\nsacrificare i momenti di"
        " serenita' che mi vengono incontro\n/spontaneamente/ lungo la strada?  [...]\nLa realt"
        "a' e' che mi trovo costretto a sacrificare il me diciassettenne\nfelice di oggi pomeri"
        'ggio a un eventuale me stesso calvo e sovrappeso,\ncinquantenne soddisfatto, che apre '
        "la porta del garage col comando a\ndistanza e dentro c'ha una bella macchina, una mogl"
        'ie che probabilmente\ngli fa le corna col commercialista e due figli gemelli con i cap'
        'elli a\ncaschetto identici in tutto ai bambini nazisti della kinders.\n\t\t-- Enrico B'
        "rizzi, Jack Frusciante e' uscito dal gruppo",
    ),
    (
        "rom-095",
        IT + "it/leggi #123",
        frozenset(),
        "Prima Legge del Ciclismo:\n\tNon importa come tu pedali, e' sempre in salita e controv"
        'ento.',
    ),
    (
        "rom-096",
        IT + "it/leggi #166",
        frozenset(),
        'Teorema di Ginsberg:\n\t1.  Non puoi vincere.\n\t2.  Non puoi pareggiare.\n\t3.  Non p'
        "uoi nemmeno abbandonare.\n\nChiosa di Freeman al Teorema di Ginsberg:\n\tTutte le piu'"
        ' importanti filosofie che cercano di dare un significato\n\talla vita sono basate sull'
        'a negazione di una parte del teorema di\n\tGinsberg.  Per esempio:\n\t1.  Il capitalis'
        "mo e' basato sul presupposto che si possa vincere.\n\t2.  Il socialismo e' basato sul "
        "presupposto che si possa pareggiare.\n\t3.  Il misticismo e' basato sul presupposto ch"
        'e si possa abbandonare.',
    ),
    (
        "rom-097",
        IT + "it/leggi #184",
        frozenset(),
        "Leggi Universali della Societa' Internazionale Tecnici per Tecnici Ingenui\n[parte 2 d"
        'i 2]:\n\t11. La descrizione delle prestazioni di qualsiasi cosa fornita dal\n\t    fab'
        'bricante deve essere moltiplicata per un coefficiente di 0,5.\n\t12. La descrizione de'
        'lle prestazioni di qualsiasi cosa fornita dal\n\t    commerciante deve sempre essere m'
        "oltiplicata per un coefficiente\n\t    di 0,25.\n\t13. Le istruzioni per l'installazio"
        "ne e l'uso allegate a un qualsiasi\n\t    congegno saranno prontamente gettate dall'uf"
        'ficio che lo riceve.\n\t14. La parte di un qualsiasi strumento che maggiormente richie'
        "de\n\t    manutenzione o riparazioni sara' la meno accessibile.\n\t15. Le condizioni d"
        "i garanzia indicate sul libretto non saranno mai\n\t    rispettate.\n\t16. Se piu' di "
        "una persona e' responsabile di un errore di calcolo,\n\t    nessuno ne avra' colpa.\n"
        '\t17. Elementi identici, che si comportano in identica maniera durante\n\t    i test, '
        'non si comporteranno in maniera identica sul campo.\n\t18. Se un limite di sicurezza e'
        "' stato fissato attraverso anni di\n\t    esperienza ad un valore estremo, ci sara' se"
        'mpre un idiota\n\t    abbastanza ingegnoso da trovare subito un metodo per superare\n'
        '\t    tale valore.\n\t19. Ogni garanzia scade col pagamento della fattura.',
    ),
    (
        "rom-098",
        IT + "it/leggi #204",
        frozenset(),
        "Leggi della Confusione Applicata:\n\t1.  L'unico pezzo che la fabbrica si e' dimentica"
        "ta di spedire e'\n\t    quello su cui si regge il 75 per cento di quelli spediti.\n\t "
        " Corollario:\n\t    Non soltanto la fabbrica si e' dimenticata di spedirlo, ma il\n\t "
        '   50 per cento delle volte non lo produce nemmeno.\n\t2.  I tempi di consegna di qual'
        'siasi merce sono direttamente\n\t    proporzionali al bisogno che se ne ha.\n\t3.  Dop'
        'o aver aggiunto due settimane alla vostra tabella di marcia per\n\t    ritardi imprevi'
        'sti, aggiungetene altre due per i ritardi che\n\t    davvero non prevedete.\n\t4.  In '
        "una qualsiasi struttura, il pezzo piu' importante fara' di\n\t    tutto per andare a f"
        'inire nel posto sbagliato.\n\t  Corollari:\n\t  - In un qualsiasi gruppo di pezzi che '
        'hanno lo stesso segno di\n\t    montaggio, uno non dovrebbe averlo.\n\t  - Non lo scop'
        "rirete finche' non proverete a metterlo dove il segno\n\t    dice che va messo.",
    ),
    (
        "rom-099",
        IT + "it/leggi #281",
        frozenset(),
        'Leggi della Procrastinazione:\n   1.  La procrastinazione riduce il lavoro e sposta la'
        " responsabilita' del suo\n       completamento su qualcun altro (chiunque abbia fissat"
        "o la scadenza).\n   2.  Riduce l'ansia riducendo la qualita' richiesta dal meglio asso"
        'luto al\n       meglio relativo al poco tempo a disposizione.\n   3.  Fa guadagnare im'
        "portanza agli occhi altrui e propri, perche' si tende a\n       spiegare lo stress con"
        " l'importanza del lavoro.\n   4.  Comporta l'eliminazione di qualsiasi interruzione, a"
        "ltri lavori\n       compresi, per consentire al lavoratore cosi' ovviamente stressato "
        'la\n       massima concentrazione.\n   5.  La procrastinazione elimina la noia: non si'
        " ha mai l'impressione di non\n       avere niente da fare.\n   6.  Puo' anche eliminar"
        "e il lavoro se la necessita' termina prima che possa\n       essere svolto.",
    ),
    (
        "rom-100",
        IT + "it/leggi #419",
        frozenset(),
        'Tutte le decisioni importanti devono essere prese sulla base di\ndati insufficienti.',
    ),
    (
        "rom-101",
        IT + "it/leggi #434",
        frozenset(),
        "Leggi di O'Donnell del Moto dei Cartoni Animati (1980) [4 di 4]:\nIX. Per ogni vendett"
        "a c'e' una vendetta uguale ed opposta.\n\tQuesta e' una legge del moto dei cartoni ani"
        'mati che si applica\n\tlargamente anche al mondo fisico.  Per questa ragione, abbiamo'
        '\n\tbisogno della visione consolatoria di essa che si applica ad un\n\tpapero.\n X. Qu'
        "alunque cosa precipita piu' veloce di un'incudine.\n\tEsempi troppo numerosi da menzio"
        'nare, tratti dai cartoni animati\n\tdi Willy Coyote ("Roadrunner").\n\nSupplemento del'
        ' Zuse (1997):\n\tLa vista di un pericolo imminente attrae gravitazionalmente i\n\tbulb'
        'i oculari del personaggio in pericolo.',
    ),
    # porcellana cinese, fine china
    (
        "rom-102",
        IT + "it/luke #67",
        frozenset(),
        'Adoro il mio veccio Apple 2, ma devo ammettere che il 6502 gestisce\ngli interrupt com'
        'e un gorilla ubriaco maneggia la porcellana cinese.\n\t\t-- ap1+@andrew.cmu.edu (Andre'
        'w C. Plotkin)',
    ),
    (
        "rom-103",
        IT + "it/luke #158",
        frozenset(),
        "La speranza e' paragonabile all'uovo: non ha ancora raggiunto lo scopo;\nsimilmente l'"
        "uovo e' qualche cosa, ma non e' ancora pulcino.\n\t\t-- Sant'Agostino",
    ),
    (
        "rom-104",
        IT + "it/luke #390",
        frozenset(),
        "- E' un mondo orribile - disse Joan - lo odio.\n- No, - disse Hostetter - non e' orrib"
        "ile, e' solo imperfetto.  Ma questa\nnon e' una cosa nuova.\n\t\t-- Leigh Brackett, "
        '"The long tomorrow"',
    ),
    (
        "rom-105",
        IT + "it/luke #547",
        frozenset(),
        '                    I SETTE PROVERBI CAPITALI:\n\nLascio a voi sbrogliare questa patat'
        'a bollente.\n\nProverbio complementare: Togliere dal fuoco la matassa ingarbugliata.  '
        "O anche:\nPassare la matassa dalla padella alla brace.\n\n\t\t-- Anonimo Berico, L'arc"
        'ipelago Gulasch',
    ),
    (
        "rom-106",
        IT + "it/luttazzi #7",
        frozenset({"russia"}),
        "Russia:\n\tBoris Eltsin verra' sottoposto ad una operazione chirurgica.\nIl vantaggio:"
        " ubriaco com'e', non ci sara' bisogno dell'anestesia.\n\t\t-- Panfilo Maria Lippi, "
        '"TABLOID TABLOID"@"Mai Dire Gol"',
    ),
    (
        "rom-107",
        IT + "it/luttazzi #12",
        frozenset({"russia"}),
        'Russia:\n\tBoris Eltsin sta benissimo.  Ieri ha convocato una conferenza\nstampa per a'
        'nnunciare di essere il vero padre della figlia di Madonna.\n\t\t-- Panfilo Maria Lippi'
        ', "TABLOID TABLOID"@"Mai Dire Gol"',
    ),
    (
        "rom-108",
        IT + "it/luttazzi #85",
        frozenset({"russia"}),
        "Londra:\n\tSecondo il ``Times'', il presidente russo Boris Eltsin sarebbe\nmolto piu' "
        'malato di quanto si creda.  Eltsin avrebbe il morbo di\nParkinson.  E Parkinson avrebb'
        'e il suo.\n\t\t-- Panfilo Maria Lippi, "TABLOID TABLOID"@"Mai Dire Gol"',
    ),
    # Pechino is a place in China; presidente russo the head of state
    (
        "rom-109",
        IT + "it/luttazzi #131",
        frozenset({"china", "russia"}),
        "Cina:\n\tIl presidente russo Boris Eltsin e' giunto a Pechino, per\ndiscutere i nuovi "
        'confini del suo fegato.\n\t\t-- Panfilo Maria Lippi, "TABLOID TABLOID"@"Mai Dire Gol"',
    ),
    (
        "rom-110",
        IT + "it/luttazzi #146",
        frozenset(),
        "Sanremo:\n\tIl preside di un istituto professionale ha decretato\nl'applicazione alla "
        'lettera del regolamento scolastico.  Proibiti i\njeans strappati, la minigonna, le mag'
        'liette aderenti.  Inoltre: donne a\ncasa o col velo, uomini a testa coperta, lapidazio'
        'ne per gli adulteri.\n\t\t-- Panfilo Maria Lippi, "TABLOID TABLOID"@"Mai Dire Gol"',
    ),
    (
        "rom-111",
        IT + "it/norm #37",
        frozenset(),
        'Una donna ha bisogno di un uomo come un pesce di una bicicletta.\n\t\t-- Slogan femmin'
        'ista, anni Settanta',
    ),
    (
        "rom-112",
        IT + "it/norm #135",
        frozenset(),
        '"Quando parlano di me ho l\'angoscia, come quando non parlano di me."\n\t\t-- Bette Mi'
        'dler',
    ),
    (
        "rom-113",
        IT + "it/norm #333",
        frozenset(),
        "Un nonnulla ci consola perche' un nonnulla basta ad affliggerci.\n\t\t-- Blaise Pascal",
    ),
    (
        "rom-114",
        IT + "it/norm #436",
        frozenset(),
        'Se non riuscite ad ottenere un complimento in nessun altro modo,\npiuttosto che niente'
        ' pagatelo.\n\t\t-- Mark Twain, "Taccuini"',
    ),
    (
        "rom-115",
        IT + "it/norm #626",
        frozenset(),
        '   Se tu pagare come dici tu,\n   io lavorare come dico io.\n   Se tu pagare come dico'
        ' io,\n   io lavorare come dici tu.\n\t\t-- Antico proverbio cinese',
    ),
    (
        "rom-116",
        IT + "it/norm #694",
        frozenset(),
        'La fretta va bene solo per acchiappare le pulci.\n\t\t-- Antico proverbio russo',
    ),
    (
        "rom-117",
        IT + "it/norm #782",
        frozenset(),
        "Ogni fil d'erba al g'ha la sua rusada.\n\t\t-- Antico proverbio della Brianza",
    ),
    (
        "rom-118",
        IT + "it/paolotedeschi #91",
        frozenset(),
        'Un uomo politico e\' all\'aeroporto e il doganiere gli chiede: "Avete\nqualcosa da dic'
        'hiarare?".  "Ma certo!  Dov\'e\' il microfono?".\n\t\t-- Groucho Marx, "Dylan Dog"',
    ),
    (
        "rom-119",
        IT + "it/paolotedeschi #114",
        frozenset(),
        'Chi confessa la propria ignoranza la mostra una volta;\nchi non la confessa, infinite.'
        '\n\t\t-- Proverbio cinese',
    ),
    (
        "rom-120",
        IT + "it/zuse #108",
        frozenset(),
        "Ogni giorno un programmatore si sveglia e sa che dovra' loggarsi.\nOgni giorno un uten"
        "te finale si sveglia e sa che dovra' loggarsi.\n\nNon importa che tu sia programmatore"
        ' o utente finale: comincia a loggarti.\n\n\t\t-- Reinterpretazione dello spot Gatorade'
        ', by Zuse',
    ),
)  # fmt: skip


# Entries the tagger still gets wrong, with the reason; not asserted.
LEFT: dict[str, str] = {
    "rom-059": '"Campione di poker cinese": a joke\'s character by nationality, the demonym after '
    "the game, not after the noun for the person",
    "rom-085": '"Se russi ti picchio! - E se ucraino?": puns on russare (to snore) read as the '
    "people of Russia and Ukraine",
    "rom-087": '"la mia russa": the verb russare (it snores) read as a Russian woman, the country',
}


@pytest.mark.parametrize(
    ("case_id", "gold", "text"),
    [(case_id, gold, text) for case_id, _source, gold, text in POOL if case_id not in LEFT],
)
def test_pool_tags(case_id: str, gold: frozenset[str], text: str) -> None:
    assert _tags(text) & TAGS == gold, case_id


def test_pool_is_whole() -> None:
    assert len(POOL) == 120
    assert len({case_id for case_id, _s, _g, _t in POOL}) == 120
    assert set(LEFT) <= {case_id for case_id, _s, _g, _t in POOL}
    assert all(gold <= TAGS for _c, _s, gold, _t in POOL)
