"""Word lists used across the cleaners, and the two functions built directly on them.

* `STOPWORDS`: the most frequent function words (articles, pronouns, prepositions,
  conjunctions, auxiliaries) of each supported language. They serve to guess the language
  of a page (`guess_language`) and to measure the jusText-style *stopword density* of a
  line (`stopword_density`): running prose is full of function words, menus, footers and
  link lists are not.
* `MONTHS` and `WEEKDAYS`: month and weekday names and abbreviations, for reading dates.
* `BYLINE_PREFIXES` and `NAME_CONNECTORS`: the words that introduce the author(s) of an
  article and that join several author names.

All keys are lowercase. Month and weekday names are also stored without diacritics
("fevrier", "pazdziernika", "kesakuuta") because many pages print them that way.

Supported languages (ISO 639-1): en, de, fr, es, it, pt, nl, pl, sv, da, no, fi, cs, sk,
ro, hu, tr, id.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import filterfalse
from types import MappingProxyType

__all__ = [
    "BYLINE_PREFIXES",
    "LANGUAGES",
    "MONTHS",
    "NAME_CONNECTORS",
    "STOPWORDS",
    "WEEKDAYS",
    "fold_diacritics",
    "guess_language",
    "stopword_density",
    "stopword_set",
]


# --------------------------------------------------------------------------- helpers


# Letters that Unicode decomposition does not reduce to an ASCII base letter.
_FOLD_TABLE = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
     "đ": "d", "Đ": "D"}
)  # fmt: skip


def fold_diacritics(word: str) -> str:
    """Return *word* without diacritics: ``"października"`` -> ``"pazdziernika"``."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_TABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> frozenset[str]:
    """Split a whitespace-separated word list into a lowercase frozenset."""
    return frozenset(text.lower().split())


# Romanian is written with comma-below ș/ț but much text still uses the older cedilla
# forms ş/ţ; accept both.
_RO_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ"})


def _with_cedilla_variants(words: frozenset[str]) -> frozenset[str]:
    return words | {w.translate(_RO_CEDILLA) for w in words}


# --------------------------------------------------------------------------- stopwords

# Written by hand: the most frequent function words of each language, roughly in order of
# frequency in news prose. Content words (even very frequent ones such as "year" or
# "government") are deliberately left out. Single letters and fragments such as "s", "t",
# "l", "qu", "dell" are what a `\w+` tokenizer makes of English contractions and of
# French/Italian elisions ("it's", "l'homme", "dell'anno").
_STOPWORD_TEXT: dict[str, str] = {
    "en": """
        the of and to a in is it that for on was with he as i his be at by you are this
        have from or had not but what all were we when your can said there an which she
        they her their do if will one has would been who my him so about out up more no
        them me its our these some could into than then also other just after how only
        over any very should where those did does because much before through such many
        own being both while each between same under us against during without another
        few why again down off however here now too yet ever never every either neither
        nor must might shall cannot may upon until since among around across within
        though although whether whose whom am having doing itself himself herself
        themselves myself yours ours toward towards onto via per once like s t don didn
        doesn isn wasn ll ve re
    """,
    "de": """
        der die das und in zu den von mit ist des sich nicht auf für im dem ein eine einen
        einem einer eines es auch als an er sie wir ihr ich du man so dass daß aus bei
        nach wie wird werden wurde wurden worden hat haben hatte hatten habe sind war waren
        sein seine seiner seinen seinem ihre ihren ihrem ihrer noch nur oder aber vor zur
        zum über um bis durch unter gegen ohne seit während wegen zwischen am vom beim ins
        dieser diese dieses diesen diesem jeder jede jedes jeden alle allen alles kann
        können konnte muss müssen soll sollen sollte will wollen wollte mehr sehr schon
        immer wieder dann denn doch da dort hier jetzt nun wenn weil ob was wer wo warum
        welche welcher welches mich mir dich dir uns euch ihm ihn ihnen mein meine unser
        unsere kein keine keinen nichts etwas viel viele vielen sowie sondern damit dabei
        dazu darauf davon dafür daher also zwar bereits gibt ab sei wäre würde würden
        einmal selbst ebenfalls etwa sogar ja nein dessen deren denen einige anderen
        andere jedoch bin bist seid ihrer
        falls dies darf dürfen statt anstatt sodass indem
    """,
    "fr": """
        le la les l de du des d un une et à a en dans pour par sur avec au aux que qui qu
        ne pas n ce cette ces cet c se s il elle ils elles on nous vous je j tu me m te t
        lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos y est sont
        était étaient été être ai as avons avez ont avait avaient avoir eu fait faire
        sera seront serait aura peut peuvent pourrait doit plus moins très tout tous
        toute toutes mais ou où donc or ni car si comme quand lorsque puis alors aussi
        encore déjà bien même entre sans sous chez vers depuis pendant avant après contre
        selon dont quel quelle quels quelles lequel laquelle ceux celle celles celui cela
        ça ceci autre autres chaque aucun aucune rien quelque quelques plusieurs ici là
        non oui jamais toujours parce afin ainsi soit sommes êtes suis es beaucoup trop
        peu dès lors jusqu puisque tandis
        seulement doivent pu
    """,
    "es": """
        de la que el en y a los se del las un por con no una su para es al lo como más o
        pero sus le ha me si sin sobre este ya entre cuando todo esta ser son también fue
        había era muy hasta desde está mi porque qué sólo solo han yo hay vez puede todos
        así nos ni tiene él uno donde bien mismo ese ahora cada e otro después te otros
        aunque esa eso hace otra tan durante siempre tanto ella sí dijo sido según menos
        antes estado contra sino nada hacer estaba poco estos ante unos les algo hacia
        ellos hecho mucho mientras además quien esto están pues hoy otras mejor entonces
        todas debe cómo casi toda tal luego sea tenía nunca poder aquí embargo pueden
        tienen misma cual fueron tras he tener será dentro nuestro dice ello cualquier aún
        haber fuera bajo nuestra habían usted hizo nadie mí tu allí eran estar unas
        incluso través mis todavía esos nosotros muchas alguna muchos algunos algunas tú
        podría sería junto aquel cuanto
        pudo deben debería
    """,
    "it": """
        il lo la i gli le l un uno una di a da in con su per tra fra del dello della dei
        degli delle dell al allo alla ai agli alle all dal dalla dai dalle dall nel nello
        nella nei negli nelle nell sul sulla sui sulle sull e ed o ma che non si ci ne è
        sono era erano essere stato stata stati state ha hanno ho hai abbiamo avere aveva
        avevano avuto sarà saranno sarebbe fu più anche come se quando perché poi già
        ancora solo molto tutto tutti tutte tutta questo questa questi queste quest quello
        quella quelli quelle quel io tu lui lei noi voi loro mi ti suo sua suoi sue mio mia
        miei tuo tua nostro nostra nostri vostro dove chi cosa quale quali quanto così cui
        dopo prima senza sopra sotto dentro fuori contro verso mentre oppure però quindi
        infatti invece cioè ogni altro altra altri altre qui qua lì là sempre mai può
        possono deve devono fa fare fatto c sé sia siano né nemmeno anzi ecco tanto troppo
        poco meno circa secondo durante presso attraverso oltre nessuno qualche alcuni
        alcune stesso stessa ciò un
        viene vengono nessun nessuna ad essere
    """,
    "pt": """
        o a os as de do da dos das em no na nos nas um uma e que para por com não se é ao
        à aos às mais como mas foi ele ela seu sua seus suas ou ser quando muito há já
        está eu também só pelo pela pelos pelas até isso entre era depois sem mesmo ter
        quem me esse essa esses essas eles elas estão você vocês tinha foram num numa nem
        meu minha meus minhas têm havia seja qual será nós lhe lhes deles dele dela delas
        este esta estes estas isto aquele aquela aqueles aquelas aquilo estou estamos
        estava tem temos são sou somos disse sobre ainda onde porque pois então assim
        todos todo toda todas outro outra outros outras cada desde durante contra após
        antes agora bem pode podem vai vão sendo sido tendo fazer nesse nessa neste nesta
        deste desta desse dessa disso nisso nosso nossa nossos nossas te tu teu tua vos
        muitos muitas pouco menos qualquer apenas enquanto embora segundo sob
        deve devem for nenhum nenhuma somente
    """,
    "nl": """
        de het een en van in is dat op te zijn met voor niet die aan er om ook als dan
        maar bij of uit nog wordt worden werd werden naar door over tot kan kunnen kon
        konden heeft hebben had hadden was waren ik je jij u hij zij ze wij we jullie hun
        hem haar mij me mijn jouw ons onze zich zelf dit deze wat wie waar wanneer hoe
        waarom welke omdat want dus toen nu al wel geen meer veel zo zeer heel hier daar
        nooit altijd alleen even toch echter zal zullen zou zouden moet moeten mag mogen
        wil willen gaat gaan ging doen doet deed gedaan geweest onder tussen tegen zonder
        na sinds tijdens per via binnen buiten achter naast boven rond vanaf volgens
        hoewel terwijl indien zodat totdat daarom daarna daarbij daarmee daarvan erg iets
        niets iemand niemand alle alles elk elke ieder iedere andere ander enkele sommige
        beide zowel noch hen welk zei ben bent word
    """,
    "pl": """
        i w z na się nie do to że jest o a jak ale po co tak za od są by ze czy dla jego
        już jej ich mi mnie go mu tym tego ten ta te tej tę tych który która które którzy
        których którym której którego było był była były byli być będzie będą może można
        tylko także również przez przy pod nad przed bez u we ku lub albo oraz ani jeszcze
        gdy kiedy gdzie dlaczego bo ponieważ aby żeby jeśli jeżeli więc jednak nawet
        bardzo więcej też tu tam teraz potem ja ty on ona ono my wy oni one nas was nam wam
        nim niej nich im je sobie siebie swój swoje swoją swojego swoich mój moja moje nasz
        nasza nasze jaki jaka jakie taki taka takie wszystko wszyscy wszystkich jeden jedna
        jedno między według wobec podczas około mają ma mam mieć miał miała mieli został
        została zostały zostać jako czyli gdyż aż sam sama samo tą nic coś ktoś nikt niż
        wtedy właśnie zawsze sie ze
        zamiast musi wszystkie mogą zostanie każdy każdego należy
    """,
    "sv": """
        och i att det som en på är av för med till den har de inte om ett han men var jag
        sig från vi så kan man när säger hon under också efter eller nu sin där vid mot ska
        skall skulle kommer ut får finns vara hade alla andra mycket än här då sedan över
        bara in blir upp även vad få vill ha många hur mer detta hans utan sina något allt
        fick måste mellan blev bli någon några sitt varit dem bland genom hela annat fanns
        vilket henne honom dig mig oss er ni du min mitt mina din ditt dina vår vårt våra
        ert era deras dess denna denne dessa vilken vilka vem varför vart hos inom enligt
        kring bakom samt eftersom därför medan innan tills ju väl dock redan aldrig alltid
        ännu igen mest fler flera samma själv ingen inget inga varje sådan sådana blivit
        gjort göra gör gjorde kunde borde vore ej nej ja hit både antingen varken alltså
        endast istället huruvida
    """,
    "da": """
        og i at det en den til er som på de med han af for ikke der var et har jeg sig men
        om hun fra så kan vil skal da når efter eller være blev bliver blive havde have
        været nu også op ud ind ned over under mod ved hos uden gennem mellem omkring inden
        siden mens fordi hvis hvor hvad hvem hvorfor hvordan hvornår hvilken hvilket hvilke
        her denne dette disse min mit mine din dit dine sin sit sine hans hendes dens dets
        vores jeres deres mig dig ham hende os jer dem vi du man selv alle alt andre anden
        andet nogle noget nogen ingen intet hver hvert mange meget mere mest flere kun bare
        allerede igen endnu aldrig altid jo dog vel nok ja nej kunne skulle ville måtte må
        får fik få gør gjorde gøre sagde siger samt både enten hverken derfor således
        sådan samme lige helt hele heller blevet
        end før måske desuden derimod blandt fortsat findes hinanden stadig
    """,
    "no": """
        og i det er som en på til å av for med at har de ikke den han om et var jeg fra
        men seg hun vi så kan vil skal da når etter eller være ble blir bli blitt hadde ha
        vært nå også opp ut inn ned over under mot ved hos uten gjennom mellom rundt innen
        siden mens fordi hvis hvor hva hvem hvorfor hvordan hvilken hvilket hvilke her der
        denne dette disse min mitt mine din ditt dine sin sitt sine hans hennes dens dets
        vår vårt våre deres meg deg ham henne oss dere dem du man selv alle alt andre annen
        annet noen noe ingen ingenting hver hvert mange mye mer mest flere kun bare
        allerede igjen ennå aldri alltid jo likevel vel nok ja nei kunne skulle ville måtte
        må får fikk få gjør gjorde gjøre sa sier samt både enten verken derfor slik sånn
        samme like helt hele heller ei dermed blant bak før sammen
        enn kanskje veldig dessuten derimot fortsatt finnes hverandre
    """,
    "fi": """
        ja on ei että se oli hän ovat mutta kuin tai myös niin jo kun nyt ole olla ollut
        olisi olivat olen olet olemme olette en et emme eivät jos vain sitten vielä
        kuitenkin koska joka jotka jonka joita jossa joista johon mikä mitä miten missä
        milloin miksi kuka tämä tämän tätä tässä tästä tähän nämä näitä tuo ne niitä niiden
        sen sitä siinä siitä siihen sille minä sinä me te he minun sinun hänen meidän teidän
        heidän minua häntä heitä meitä mukaan kanssa vuoksi jälkeen ennen aikana välillä
        kautta yli alle ilman lisäksi eli siis sekä eikä vaan kuten esimerkiksi hyvin aivan
        paljon enemmän kaikki kaikkien kaiken jokin joku mitään mikään jotain itse oma oman
        omaa voi voida voisi pitää täytyy tulee noin yhä taas vaikka jotta siksi täällä
        siellä sillä ettei jolla jolle joilla joiden minkä mihin kaikkia muut muiden muita
        muu toinen toisen yksi yhden tällä tälle näin sinne tänne hänet heille ette olin
        olit olleet olisivat oleva olevan voit voivat voidaan pitäisi älä saa sama saman
        samaa liian pois uudelleen sijaan varten sisällä niissä niistä niihin niille niillä
        näiden näissä näistä näihin jota josta joihin joille joissa mistä millä mille aina
        koskaan ehkä jotakin kaikkea
    """,
    "cs": """
        a se na je v že to s z o do i k jako ale by pro jsou tak po jeho které který která
        jsem jak již už od za si jen při bylo byl byla být nebo však ve ze ke co jsme jste
        jsi mu mi ho jej její jejich tento tato toto tyto ten ta ty tom tím této tohoto
        tomu také když aby než protože ani ještě jestli pokud kde kdy kdo proč bude budou
        byli bych mezi před přes pod nad bez u kterou kterých kteří ji jí nich nim jim něj
        ní má mají mít může není nejsou tam tu zde pak potom všechny vše všech jeden jedna
        jedno svůj své svého svou svým sebe sobě my vy oni ony ona ono on já nás vás nám
        vám mě mne tě tebe podle kvůli proti během kolem mnoho velmi více též totiž tedy
        ovšem sice jenž což jež jenom byly
        pouze lze zda tuto příliš každý žádný žádné li
    """,
    "sk": """
        a sa na je v že to s z o do i k ako ale by pre sú tak po jeho ktoré ktorý ktorá
        som už od za si len pri bolo bol bola byť alebo však vo zo ku čo sme ste mu mi ho
        jej ich tento táto toto tieto ten tá tí tom tým tejto tohto tomu tiež keď aby než
        pretože ani ešte ak kde kedy kto prečo bude budú boli medzi pred cez pod nad bez
        u ktorú ktorých ktorí ju nich nim im neho nej má majú mať môže nie tam tu potom
        všetky všetko všetkých jeden jedna jedno svoj svoje svojho svoju svojím seba sebe
        my vy oni ony ona ono on ja ty nás vás nám vám ma mňa teba podľa kvôli proti počas
        okolo veľa veľmi viac teda ktorého ktorej ktorom iba aj jeho sú
        či so príliš žiadne žiadny
    """,
    "ro": """
        și de la în a cu pe nu se că din o un este care mai al ai ale lui fost au sau ca
        pentru fi sunt să ce va dar iar după prin acest această aceasta acesta aceste
        acestea acestui acestei el ea ei ele eu tu noi voi lor sale său sa cea cel cele cei
        unei unui unor unele unii foarte doar deja încă când cum unde cine dacă până
        despre între sub fără spre către asupra împotriva atât astfel aici acolo acum apoi
        însă deci ori nici tot toate toți toată fiecare alt alte alți altă am are avea
        avut aveau era erau fie fiind poate pot vor ar îl îi le ne vă mă te își sînt ceea
        deoarece decât chiar numai mult multe mulți si dupa daca pana cand fara intre inca
        insa catre decat
        trebuie într dintr prea există
    """,
    "hu": """
        a az és hogy nem is egy meg de van volt csak már mint el ki be fel le még ez azt
        ezt aki ami amely amit akkor kell lehet pedig vagy sem mert mind minden nagyon sok
        után között alatt szerint miatt ellen óta felé mellett előtt nélkül által így úgy
        ha ahol amikor mikor hol mi mit miért hogyan én te ő ti ők neki nekem őt őket ön
        önök magát maga saját ezek azok ennek annak ebben abban erre arra ezért azért itt
        ott most majd vagyis illetve valamint azonban hanem viszont tehát bár lesz lett
        lenne legyen vannak voltak nincs nincsenek sincs egyik másik más több kellett
        lehetett tud tudja volna vagyok voltam mintha amíg míg csupán egyes néhány számára
        ezzel azzal amelyek akik amelyet amelyben melyek mely ilyen olyan mindig soha sőt
        ugyanis tovább
        ne helyett például kívül esetén
    """,
    "tr": """
        ve bir bu da de için ile olarak çok daha en gibi ne o ki mi mı mu mü ama ancak
        veya ya her şu ben sen biz siz onlar onun bunu buna bunun bunlar şey kadar sonra
        önce göre olan oldu olduğu olduğunu olmak olacak var yok değil ise hem diye eğer
        çünkü ayrıca sadece bile hiç hep tüm bütün bazı birçok böyle şöyle öyle nasıl
        neden niçin nerede kim hangi şimdi artık yine hala hâlâ zaten üzere karşı arasında
        ait beri doğru rağmen dolayı içinde üzerinde bana sana ona beni seni onu bizim
        sizin benim senin kendi kendini bunların onların şunu dedi yani ediyor etti eden
        olduğunu olup oldukça pek tarafından itibaren
        yalnızca yerine aynı olmayan olabilir herhangi birlikte diğer olmadan başka fazla
        şekilde fakat halde dahi hiçbir birkaç biri henüz olur oluyor değildir vardır burada
        orada sırasında boyunca
    """,
    "id": """
        yang dan di ke dari ini itu dengan untuk dalam tidak akan pada juga ada adalah
        oleh karena saya kami kita mereka dia ia anda kamu aku bisa dapat sudah telah
        sedang masih belum lebih seperti atau tetapi tapi namun jika kalau bahwa agar
        supaya sebagai saat ketika setelah sebelum hingga sampai antara tersebut para
        hanya harus bagi tentang sangat pun lagi banyak semua setiap beberapa apa siapa
        mana bagaimana mengapa kenapa kapan sini sana nya bukan jadi maka yaitu yakni
        serta secara tanpa melalui terhadap sejak selama menurut kepada daripada sementara
        sehingga hal ya lah kah sebuah seorang begitu demikian walaupun meskipun sendiri
        pula saja sekitar atas bawah luar begini tadi nanti sekarang kini pernah selalu
        mungkin tentu perlu ingin mau boleh
        tak apakah jangan suatu bila
    """,
}

_STOPWORDS: dict[str, frozenset[str]] = {lang: _words(text) for lang, text in _STOPWORD_TEXT.items()}
_STOPWORDS["ro"] = _with_cedilla_variants(_STOPWORDS["ro"])

STOPWORDS: Mapping[str, frozenset[str]] = MappingProxyType(_STOPWORDS)
"""Language code -> the language's most frequent function words, lowercase."""

LANGUAGES: tuple[str, ...] = tuple(_STOPWORDS)
"""The ISO 639-1 codes this module has word lists for."""

_ALL_STOPWORDS: frozenset[str] = frozenset().union(*_STOPWORDS.values())

# Other codes that mean a supported language.
_LANG_ALIASES: Mapping[str, str] = MappingProxyType({"nb": "no", "nn": "no"})

# One-letter list entries that are only ever pieces of an elision ("l'homme", "c'è") or
# contraction ("it's", "don't"). They stay in STOPWORDS, because callers that split on \w+
# see them, but stray letters (initials, "-l" options, "U.S.") must not vote for French
# or English. For the language guess the elided ones count only as "l'", "d'"... (the
# tokenizer keeps an apostrophe that joins two words on the left word); the contraction
# tails do not count at all.
_FRAGMENTS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset("l d n c j m t s".split()),
        "it": frozenset("l c".split()),
        "en": frozenset("s t".split()),
    }
)
_ELIDED = frozenset({"fr", "it"})


def _build_word_langs() -> dict[str, tuple[int, ...]]:
    """word -> indexes (into LANGUAGES) of the lists that contain it, for guess_language.

    A word with the apostrophe that the tokenizer leaves on it ("dell'", "it'") counts as
    the word, unless that form is an entry of its own (the elided "l'", "d'").
    """
    index: dict[str, tuple[int, ...]] = {}
    for number, lang in enumerate(LANGUAGES):
        fragments = _FRAGMENTS.get(lang, frozenset())
        for word in _STOPWORDS[lang]:
            if word in fragments:
                if lang not in _ELIDED:
                    continue
                word += "'"
            index[word] = (*index.get(word, ()), number)
    for word, langs in list(index.items()):
        if not word.endswith("'"):
            index.setdefault(word + "'", langs)
    return index


_WORD_LANGS = _build_word_langs()


# --------------------------------------------------------------------------- language guess

# Runs of letters; a run glued to digits or underscores ("E1139", "10am") is no word. An
# apostrophe between two letters stays on the left word: "l'homme" -> "l'", "homme";
# "it's" -> "it'", "s".
_TOKEN_RE = re.compile(r"\b[^\W\d_]+(?:'(?=[^\W\d_])|\b)")

# Punctuation that is no part of any word (it is neither a letter nor an apostrophe), the
# commonest first: replaced by spaces, it leaves most chunks of a text plain words.
_SPACED_OUT = ',.-:()?"“”!;/|'
# At most this many whitespace-separated words and this many characters are read: far
# more than any language needs to be recognised, and a 50 MB dump is never split whole.
_MAX_TOKENS = 5_000
_MAX_CHARS = 60_000
_MIN_TOKENS = 20
_MIN_SHARE = 0.10
# Languages scoring at least this share of the best score are "tied" (da/no, es/pt,
# cs/sk, ...) and are separated by how many different words unique to each one occur.
_TIE_RATIO = 0.95


def _resolve(lang: str | None) -> str | None:
    """Map a caller's language tag ("EN", "pt-BR", "nb") to a code of `STOPWORDS`."""
    if lang in _STOPWORDS and lang not in _LANG_ALIASES:  # already a code: the common case
        return lang
    if not lang:
        return None
    code = lang.strip().lower().replace("_", "-").split("-", 1)[0]
    code = _LANG_ALIASES.get(code, code)
    return code if code in _STOPWORDS else None


def guess_language(text: str) -> str | None:
    """Guess the language of *text* from the share of its words that are stopwords.

    At most the first 5,000 whitespace-separated words are read; each is lowercased and
    reduced to its runs of letters (see `_TOKEN_RE`). The language whose `STOPWORDS` cover
    the most of those words wins. When several languages come within 5% of the best score
    (Danish and Norwegian, Spanish and Portuguese, Czech and Slovak), the one with the
    most *different* words found only in its own list among them wins.

    Returns:
        An ISO 639-1 code from `LANGUAGES`, or None when the text has fewer than 20 words
        or no language's stopwords make up at least 10% of them (a language without a
        list, a non-Latin script, a page of numbers or names).

    Example:
        >>> guess_language("Der Hund ist nicht in dem Haus, aber die Katze ist auf dem "
        ...                "Dach, und sie will nicht wieder herunter, weil es dort so warm "
        ...                "ist und man alles sehen kann.")
        'de'
    """
    counts = _word_counts(text)
    total = counts.total()
    hits = {word: _WORD_LANGS[word] for word in counts.keys() & _WORD_LANGS.keys()}
    scores = [0] * len(LANGUAGES)
    for word, langs in hits.items():
        for index in langs:
            scores[index] += counts[word]

    if total < _MIN_TOKENS:
        return None
    best = max(scores)
    if best < total * _MIN_SHARE:
        return None
    floor = best * _TIE_RATIO
    tied = [index for index, score in enumerate(scores) if score >= floor]
    if len(tied) == 1:
        return LANGUAGES[tied[0]]

    tied_set = frozenset(tied)
    unique = dict.fromkeys(tied, 0)
    for langs in hits.values():
        inside = [index for index in langs if index in tied_set]
        if len(inside) == 1:
            unique[inside[0]] += 1
    winner = max(tied, key=lambda index: (unique[index], scores[index], -index))
    return LANGUAGES[winner]


def _word_counts(text: str) -> Counter[str]:
    """How often each word of `guess_language` occurs in the first 5,000 whitespace-separated
    chunks of *text*: ``Counter(_TOKEN_RE.findall(chunk))`` over those chunks, lower-cased,
    with the tokenizer run only on the distinct chunks that are not plain words.

    Example:
        >>> sorted(_word_counts("The cat, the (hat) it's 10am").items())
        [('cat', 1), ('hat', 1), ("it'", 1), ('s', 1), ('the', 2)]
    """
    head = text[:_MAX_CHARS]
    if "İ" in head:  # Turkish capital dotted I: str.lower() would add a combining dot
        head = head.replace("İ", "i")
    head = head.lower()
    if len(head) >= 2 * _MAX_TOKENS:  # a shorter text has fewer chunks than _MAX_TOKENS
        head = " ".join(head.split()[:_MAX_TOKENS])
    for mark in _SPACED_OUT:  # splits chunks between words, never a word
        head = head.replace(mark, " ")
    counts = Counter(head.split())
    others = {chunk: counts.pop(chunk) for chunk in list(filterfalse(str.isalpha, counts))}
    for chunk, count in others.items():  # "l'homme", "E1139", "’s"
        for word in _TOKEN_RE.findall(chunk.replace("\u2019", "'")):
            counts[word] += count
    return counts


_EDGE_PUNCTUATION = "\"'`.,;:!?()[]{}<>«»‹›“”„‟‘’‚…–—-*/"


def stopword_set(lang: str | None) -> frozenset[str]:
    """The lower-case stopwords of *lang*; the union of all lists when it has none.

    Example:
        >>> "the" in stopword_set("en"), "der" in stopword_set(None)
        (True, True)
    """
    code = _resolve(lang)
    return _STOPWORDS[code] if code is not None else _ALL_STOPWORDS


def stopword_density(words: Sequence[str], lang: str | None, *, clean: bool = False) -> float:
    """Share (0.0-1.0) of *words* that are stopwords of *lang*.

    Words are lowercased, and punctuation stuck to them ("the,", "(and") is ignored.
    When *lang* is None or has no list, the union of all lists is used, which still
    separates prose (high density) from menus and link lists (close to zero). With
    `clean`, the caller vouches that the words are already lower-case runs of word
    characters (``\\w+`` in lower-cased text), and they are looked up as they are.

    Example:
        >>> stopword_density("The cat sat on the mat".split(), "en")
        0.5
        >>> stopword_density(["the", "cat", "sat", "on", "the", "mat"], "en", clean=True)
        0.5
    """
    if not words:
        return 0.0
    vocabulary = stopword_set(lang)
    hits = sum(map(vocabulary.__contains__, words))  # the fast path: clean lower-case words
    if hits < len(words) and not clean:
        # Words with capitals or punctuation stuck to them get a second look.
        hits += sum(
            1
            for word in words
            if not (word.islower() and word.isalnum())
            and word not in vocabulary
            and ((low := word.lower()) in vocabulary or low.strip(_EDGE_PUNCTUATION) in vocabulary)
        )
    return hits / len(words)


# --------------------------------------------------------------------------- months

# For each language, the twelve months in order; each entry lists the month's forms
# separated by spaces: name, grammatical case forms, abbreviations (without the dot).
# Diacritic-free spellings are added automatically (see `fold_diacritics`).
_FI_STEMS = (
    "tammi", "helmi", "maalis", "huhti", "touko", "kesä",
    "heinä", "elo", "syys", "loka", "marras", "joulu",
)  # fmt: skip

_MONTH_FORMS: dict[str, tuple[str, ...]] = {
    "en": (
        "january jan", "february feb", "march mar", "april apr", "may", "june jun",
        "july jul", "august aug", "september sep sept", "october oct", "november nov",
        "december dec",
    ),
    "de": (
        "januar jänner jan jän", "februar feber feb", "märz maerz mär mrz", "april apr",
        "mai", "juni jun", "juli jul", "august aug", "september sep sept", "oktober okt",
        "november nov", "dezember dez",
    ),
    "fr": (
        "janvier janv jan", "février févr fév", "mars mar", "avril avr", "mai", "juin",
        "juillet juil", "août", "septembre sept sep", "octobre oct", "novembre nov",
        "décembre déc",
    ),
    "es": (
        "enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun",
        "julio jul", "agosto ago", "septiembre setiembre sep sept set", "octubre oct",
        "noviembre nov", "diciembre dic",
    ),
    "it": (
        "gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag",
        "giugno giu", "luglio lug", "agosto ago", "settembre set sett", "ottobre ott",
        "novembre nov", "dicembre dic",
    ),
    "pt": (
        "janeiro jan", "fevereiro fev", "março mar", "abril abr", "maio mai", "junho jun",
        "julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov",
        "dezembro dez",
    ),
    "nl": (
        "januari jan", "februari feb", "maart mrt mar", "april apr", "mei", "juni jun",
        "juli jul", "augustus aug", "september sep sept", "oktober okt", "november nov",
        "december dec",
    ),
    "pl": (
        "styczeń stycznia styczniu sty", "luty lutego lutym lut",
        "marzec marca marcu mar", "kwiecień kwietnia kwietniu kwi", "maj maja maju",
        "czerwiec czerwca czerwcu cze", "lipiec lipca lipcu lip",
        "sierpień sierpnia sierpniu sie", "wrzesień września wrześniu wrz",
        "październik października październiku paź", "listopad listopada listopadzie lis",
        "grudzień grudnia grudniu gru",
    ),
    "sv": (
        "januari jan", "februari feb", "mars mar", "april apr", "maj", "juni jun",
        "juli jul", "augusti aug", "september sep sept", "oktober okt", "november nov",
        "december dec",
    ),
    "da": (
        "januar jan", "februar feb", "marts mar", "april apr", "maj", "juni jun",
        "juli jul", "august aug", "september sep sept", "oktober okt", "november nov",
        "december dec",
    ),
    "no": (
        "januar jan", "februar feb", "mars mar", "april apr", "mai", "juni jun",
        "juli jul", "august aug", "september sep sept", "oktober okt", "november nov",
        "desember des",
    ),
    # Nominative, partitive ("5. toukokuuta"), genitive, inessive and abbreviation.
    "fi": tuple(f"{s}kuu {s}kuuta {s}kuun {s}kuussa {s}k" for s in _FI_STEMS),
    # Nominative, genitive ("5. března"), locative ("v březnu").
    "cs": (
        "leden ledna lednu", "únor února únoru", "březen března březnu",
        "duben dubna dubnu", "květen května květnu", "červen června červnu",
        "červenec července červenci", "srpen srpna srpnu", "září",
        "říjen října říjnu", "listopad listopadu", "prosinec prosince prosinci",
    ),
    "sk": (
        "január januára januári", "február februára februári", "marec marca marci",
        "apríl apríla apríli", "máj mája máji", "jún júna júni", "júl júla júli",
        "august augusta auguste", "september septembra septembri",
        "október októbra októbri", "november novembra novembri",
        "december decembra decembri",
    ),
    "ro": (
        "ianuarie ian", "februarie feb", "martie mar", "aprilie apr", "mai", "iunie iun",
        "iulie iul", "august aug", "septembrie sep sept", "octombrie oct",
        "noiembrie nov", "decembrie dec",
    ),
    "hu": (
        "január jan", "február febr feb", "március márc", "április ápr", "május máj",
        "június jún", "július júl", "augusztus aug", "szeptember szept szep",
        "október okt", "november nov", "december dec",
    ),
    "tr": (
        "ocak oca", "şubat şub", "mart mar", "nisan nis", "mayıs may", "haziran haz",
        "temmuz tem", "ağustos ağu", "eylül eyl", "ekim eki", "kasım kas", "aralık ara",
    ),
    "id": (
        "januari jan", "februari pebruari feb", "maret mar", "april apr", "mei",
        "juni jun", "juli jul", "agustus agu agt ags", "september sep sept",
        "oktober okt", "november nopember nov", "desember des",
    ),
}  # fmt: skip

# Forms left out of MONTHS on purpose: they are everyday words of a listed language and
# stand next to numbers often enough to make false dates. The full month names of those
# languages are kept; only these short forms go.
#   des  French "des" ("des 10 dernières années"); Norwegian/Indonesian abbreviation
#   sie  German "sie", Polish "się" written without diacritics; Polish abbreviation
#   out  English "out" ("3 out of 10"); Portuguese abbreviation of outubro
#   set  English "set" ("set 2"); Italian/Portuguese/Spanish abbreviation of September
#   tem  Portuguese "tem" ("tem 10 anos"); Turkish abbreviation of temmuz
#   ara, eki, kas  Turkish "ara" (between), "eki" (its suffix/appendix), "kas" (muscle)
#   marc  diacritic-free Hungarian "márc", but the French given name Marc
#   paz   diacritic-free Polish "paź", but Spanish/Portuguese "paz" (peace; La Paz)
# Kept after weighing it: "may", "march" (English month names), "mai" (also Romanian
# "more" and Hungarian "today's"; the month in de/fr/ro/no/pt), "ago" (English "ago"
# follows a unit, "3 days ago", not a bare number), "mag" (German "mag"), "gen",
# "dez" (Portuguese "ten", but also its December abbreviation), "sept" (French "seven").
# Any form that would name two different months across the languages (none with the
# current tables; Croatian "listopad" = October would clash with Polish/Czech November)
# is dropped by `_build_months` as well.
_MONTH_EXCLUDED: frozenset[str] = frozenset(
    {"des", "sie", "out", "set", "tem", "ara", "eki", "kas", "marc", "paz"}
)  # fmt: skip


def _build_months(table: Mapping[str, Sequence[str]], excluded: Iterable[str]) -> dict[str, int]:
    """Merge per-language month forms into one lookup, dropping clashes and exclusions."""
    months: dict[str, int] = {}
    clashes: set[str] = set()
    for forms in table.values():
        if len(forms) != 12:
            raise ValueError(f"expected 12 months, got {len(forms)}")
        for number, group in enumerate(forms, start=1):
            for raw in group.split():
                form = raw.lower().rstrip(".")
                for key in (form, fold_diacritics(form)):
                    if months.setdefault(key, number) != number:
                        clashes.add(key)
    for key in clashes.union(excluded):
        months.pop(key, None)
    return dict(sorted(months.items()))


_MONTHS = _build_months(_MONTH_FORMS, _MONTH_EXCLUDED)
_MONTHS["maerz"] = 3  # German "ä" transliterated as "ae" (fold_diacritics gives "marz")

MONTHS: Mapping[str, int] = MappingProxyType(_MONTHS)
"""Lowercase month name or abbreviation (no trailing dot) -> month number 1-12."""


# --------------------------------------------------------------------------- weekdays

_WEEKDAY_FORMS: dict[str, str] = {
    "en": "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed weds thu thur thurs fri sat sun",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim",
    "es": "lunes martes miércoles jueves viernes sábado domingo lun mar mié jue vie sáb dom",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica lun mar mer gio ven sab",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira segunda terça "
    "quarta quinta sexta sábado domingo seg ter qua qui sex sáb",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag wo vr woe",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela pon śr czw pią sob niedz ndz",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag mån tis ons tor fre lör sön",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag man tir fre lør søn",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag laurdag sundag",
    # Nominative and essive ("maanantaina 5. toukokuuta").
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai "
    "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle středu sobotu neděli út čt pá",
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa stredu sobotu nedeľu",
    "ro": "luni marți miercuri joi vineri sâmbătă sîmbătă duminică",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap hétfőn kedden szerdán "
    "csütörtökön pénteken szombaton vasárnap",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
    "id": "senin selasa rabu kamis jumat jum'at sabtu minggu",
}

# Weekday abbreviations that are everyday words of a listed language (French "mer",
# "jeu", Portuguese "ter", "qui", Dutch/Swedish "ons", Danish "man", English "sam" and
# "don", Spanish "dom" = Polish/Czech "house", ...). Two-letter abbreviations such as
# German "do", "so", "di", "mi", Dutch "za", "zo" are not listed at all, for the same
# reason. Anything that is also a month form ("mar") is dropped automatically.
_WEEKDAY_EXCLUDED: frozenset[str] = frozenset(
    {"mer", "jeu", "sam", "dim", "dom", "ter", "qua", "qui", "sex", "ons", "tor", "man",
     "søn", "vie"}
)  # fmt: skip


def _build_weekdays() -> frozenset[str]:
    names: set[str] = set()
    for text in _WEEKDAY_FORMS.values():
        for raw in text.lower().split():
            form = raw.rstrip(".")
            names.add(form)
            names.add(fold_diacritics(form))
    names.update(w.translate(_RO_CEDILLA) for w in list(names))
    names.difference_update(_WEEKDAY_EXCLUDED)
    names.difference_update(_MONTHS)
    return frozenset(names)


WEEKDAYS: frozenset[str] = _build_weekdays()
"""Lowercase weekday names and abbreviations (no trailing dot), never also a month form."""


# --------------------------------------------------------------------------- bylines

_BYLINE_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("by", "written by", "posted by", "words by", "author", "authors",
           "reported by", "story by", "text by"),
    "de": ("von", "autor", "autorin", "autoren", "text", "geschrieben von", "verfasst von",
           "ein beitrag von"),
    "fr": ("par", "auteur", "auteure", "autrice", "rédigé par", "écrit par", "publié par",
           "propos recueillis par"),
    "es": ("por", "autor", "autora", "redacción", "escrito por", "publicado por", "texto"),
    "it": ("di", "a cura di", "autore", "autrice", "scritto da", "testo di"),
    "pt": ("por", "autor", "autora", "escrito por", "publicado por", "texto"),
    "nl": ("door", "auteur", "geschreven door", "tekst"),
    "pl": ("autor", "autorka", "autorzy", "tekst", "napisał", "napisała"),
    "sv": ("av", "text", "skribent", "författare", "skrivet av"),
    "da": ("af", "skrevet af", "tekst", "forfatter"),
    "no": ("av", "skrevet av", "tekst", "forfatter", "journalist"),
    "fi": ("teksti", "kirjoittaja", "kirjoittanut", "toimittaja"),
    "cs": ("autor", "autorka", "text", "napsal", "napsala"),
    "sk": ("autor", "autorka", "text", "napísal", "napísala"),
    "ro": ("de", "autor", "autoare", "scris de", "text de"),
    "hu": ("szerző", "írta", "szöveg"),
    "tr": ("yazar", "yazan", "muhabir"),
    "id": ("oleh", "penulis", "reporter", "laporan"),
}  # fmt: skip

BYLINE_PREFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {lang: tuple(sorted(forms, key=lambda form: (-len(form), form))) for lang, forms in _BYLINE_FORMS.items()}
)
"""Language code -> lowercase words or phrases that introduce an author ("by", "von").

Each tuple is ordered longest first, so the first entry that matches the start of a
line (as whole words) is the most specific one ("written by" before "by").
"""

NAME_CONNECTORS: frozenset[str] = frozenset(
    {"and", "und", "sowie", "et", "y", "e", "ed", "en", "i", "oraz", "och", "og", "ja",
     "a", "és", "și", "şi", "ve", "dan", "&"}
)  # fmt: skip
"""Words that join several author names in a byline ("Anna Berg und Max Roth")."""
