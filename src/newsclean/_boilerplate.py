"""Context-free boilerplate patterns, in English, German, French, Spanish, Italian and Dutch.

Each pattern belongs to one rule of `newsclean.rules`. Patterns are tried only on blocks short
enough to be page furniture, so a body paragraph that mentions a newsletter is never dropped.
"""

from __future__ import annotations

import re

import ahocorasick

from ._patterns import literal_search, literal_words

__all__ = ["boilerplate_rule", "credit_after_caption", "is_footer_start", "is_related_header"]

_F = re.VERBOSE  # patterns are lower-case and applied to lower-cased text

# Sign-up prompts. Strong phrases are prompts in any line up to 30 words; the weak words
# ("subscribe", "premium") only in a line of a few words, since a news sentence may use them.
_SIGNUP = re.compile(
    r"""
    \b(?:sign[\s-]?up\ (?:for|to|now|today|here)|sign[\s-]?up$|mailing\ list
      |(?:our|unser(?:e[mnrs]?)?|notre|nos|nuestr[oa]|la\ nostra|onze)
       \ (?:free\ |weekly\ |daily\ |kostenlose[nrs]?\ )?\w*(?:newsletters?|bolet[ií]n|nieuwsbrief)
      |newsletter\ (?:hier\ |jetzt\ )?(?:abonnieren|bestellen|anmelden)
      |already\ a\ subscriber\b|(?:bereits|schon)\ abonnent(?:in)?\b|d[ée]j[àa]\ abonn[ée]e?\b
      |ya\ (?:eres|soy)\ suscriptor(?:a)?\b
      |to\ (?:view|read|access|continue\ reading)\ (?:the\ full|this)\ (?:story|article),?
       \ (?:please\ )?subscribe
      |per\ e-?mail\ (?:informiert|benachrichtigt)|(?:in|an)\ (?:dein|ihr|euer)\ (?:e-mail-)?postfach
      |dans\ votre\ bo[îi]te\ (?:mail|e-?mail|de\ r[ée]ception|aux\ lettres)|en\ tu\ (?:correo|bandeja)
      |never\ miss\ (?:a|an|the|our)\b|verpasse\ (?:keine|nichts)|nichts\ mehr\ verpassen
      |ne\ (?:manquez|ratez)\ (?:rien|plus|aucun)|no\ te\ pierdas\ (?:nada|ninguna|ning[úu]n)
      |(?:edition|newsletter|updates|stories|news)\ by\ e-?mail
      |(?:gib|geben\ sie|trage|tragen\ sie)\ (?:deine|ihre)\ (?:beste\ )?e-?mail
      |d[ée]sabonne|cancel\ any\ ?time|cancela\ cuando\ quieras|jederzeit\ k[üu]ndbar
      |abonniere\ (?:neue|unseren|unsere|den)
      |in\ your\ inbox|to\ your\ inbox|e-?mail\ updates|updates\ every\ (?:day|week|month)
      |get\ (?:our|the)\ (?:latest|best)|unsubscribe|enter\ your\ e-?mail|your\ e-?mail\ address
      |join\ (?:our|the)\ (?:list|community|mailing)|subscribe\ (?:to\ our|now|today|here)
      |jetzt\ abonnieren|abonnieren\ sie|zum\ newsletter|abonnez-vous|inscrivez-vous
      |suscr[ií]bete|suscr[ií]base|iscriviti|abbonati\ ora|schrijf\ je\ in|nieuwsbrief
      |jetzt\ registrieren|kostenlos\ testen|start\ (?:your\ )?free\ trial)""",
    _F,
)
# Appeals for money or membership: "Support independent journalism", "Donate", "Readers like
# you keep our reporting free".
_DONATE = re.compile(
    r"""\b(?:support\ (?:independent|local|our|quality|nonprofit|public[- ]interest)
      \ (?:journalism|reporting|newsroom|work)|donate\b|donations?\ (?:today|now)
      |make\ a\ (?:donation|gift|contribution)
      |become\ a\ (?:member|supporter|patron|sustaining)|readers\ like\ you|small\ favou?r\ to\ ask
      |consider\ (?:supporting|a\ donation|donating|becoming\ a)|jetzt\ spenden|spenden\ sie
      |unterst[üu]tzen\ sie\ (?:unseren|unsere|uns|diese[nsm]?)\b
      |jede\ (?:kleine\ )?spende|spende\ (?:via|per)
      |(?:ihr|dein)\ beitrag\ hilft|your\ (?:contribution|support|donation)\ helps|make\ your\ contribution
      |we\ rely\ on\ (?:your|readers|the\ support)|soutenez(?:-nous|\ notre)|faites\ un\ don
      |haz\ una\ donaci[oó]n|apoya\ (?:el|nuestro)\ periodismo|dona\ ora|sostienici|steun\ ons
      |doneer)""",
    _F,
)
# Affiliate and editorial disclosures, and the consent text of forms.
_DISCLOSURE = re.compile(
    r"""\b(?:earns?\ (?:a\ )?(?:small\ )?(?:affiliate\ )?commissions?
      |affiliate\ (?:links?|commissions?|partners?|programs?)|as\ an\ amazon\ associate
      |financial\ relationships?\ with|(?:views|opinions)\ expressed\ (?:on|in)\ this|affiliate-links?
      |provisions-?links?|werbelinks?|liens?\ d'affiliation|liens?\ affili[ée]s|enlaces?\ de\ afiliados?
      |we\ (?:may\ |might\ )?(?:receive|get|earn)\ compensation\b(?!\ claim)|advertis(?:er|ing)\ disclosure
      |(?:we|i)\ (?:may\ |might\ |will\ )?(?:receive|get|make|earn)\ (?:a\ )?(?:small\ )?
       (?:affiliate\ )?commissions?
      |(?:wir\ (?:erhalten|bekommen)|(?:erhalten|bekommen)\ wir
       |zahlt\ (?:uns\ )?der\ (?:h[äa]ndler|shop|anbieter|verk[äa]ufer))\b.{0,60}?\bprovision
      |(?:erhalten|bekommen)\ wir\b.{0,60}?\bverg[üu]tung
      |nous\ (?:percevons|recevons|touchons|pouvons\ recevoir)\b.{0,40}?\b(?:commission|r[ée]mun[ée]ration)
      |link\ di\ affiliazione|by\ submitting\ this\ form|by\ clicking
      \ (?:submit|subscribe|sign\ up|the\ button)|you\ (?:agree|consent)\ to\ (?:our|the|receive)
      |mit\ dem\ absenden|en\ soumettant\ ce\ formulaire|al\ enviar\ este\ formulario)""",
    _F,
)
# The consent text of sign-up and comment forms, in the first person or addressed to the
# reader: "By signing up, you agree to...", "Mit der Anmeldung stimme ich ... zu", "J'ai lu et
# j'accepte...", "Al registrarte aceptas...". A sentence about someone else signing up or
# agreeing is not one.
_CONSENT = re.compile(
    r"""\b(?:by\ (?:signing\ up|subscribing|registering|submitting\ (?:this|the|your|my)
       \ (?:form|e-?mail|information|details|request))\b[^.]{0,60}?\byou(?:'re|\ are)?
       \ (?:agree|accept|consent)|\bi\ have\ read\ and\ (?:accept|agree)
      |mit\ (?:der|ihrer|deiner|meiner)\ (?:anmeldung|registrierung|bestellung)\b[^.]{0,40}?
       \b(?:(?:stimme|akzeptiere|willige|erkl[äa]re|best[äa]tige)\ ich
       |(?:stimmen|akzeptieren|willigen|erkl[äa]ren|best[äa]tigen)\ sie)\b
      |mit\ (?:dem\ )?absenden\ (?:meiner|ihrer|deiner|des|der|dieses)\b
      |ich\ (?:akzeptiere|stimme)\ (?:die|der|den)\ datenschutz|ich\ habe\ die\ datenschutz\w*\ gelesen
      |ich\ bin\ mit\ der\ (?:verarbeitung|speicherung|nutzung)\ meiner
      |\bi\ (?:agree|consent)\ to\ the\ (?:processing|storage|use)\ of\ my
      |ich\ bin\ (?:damit\ )?einverstanden,?\ dass\b[^.]{0,120}?
       (?:e-?mail|daten|newsletter|inhalte|werbung|informationen)
      |en\ (?:vous\ inscrivant|vous\ abonnant|cliquant|validant)\b[^.]{0,60}?\bvous\ acceptez
      |j[’']accepte\ (?:la|les|que|de\ recevoir)\b|j[’']ai\ lu\ et\ (?:j[’'])?accepte
      |al\ (?:suscribirte|suscribirse|registrarte|registrarse|hacer\ clic|enviar|pulsar)\b[^.]{0,60}?
       \bacepta(?:s|r)?\b|\bacepto\ (?:la|las|los|el|recibir)\b|he\ le[íi]do\ y\ acepto)""",
    _F,
)
_SIGNUP_SHORT = re.compile(
    r"\b(?:newsletters?|nieuwsbrief|bolet[ií]n|abonnement|abonnieren|subscribe|subscription|sign[\s-]?up"
    r"|inbox)\b"
)
_SIGNUP_WORD = re.compile(
    r"""^\W*(?:sign[\s-]?up|subscribe|subscription|subscribers?|premium|free\ trial|join|abonnieren
      |abonnement|abo|abonnez|s'abonner|suscr[ií]bete|suscripci[oó]n|suscribirse|abbonati|iscriviti
      |registrieren|aanmelden|inscribirse|inscription)\b""",
    _F,
)
_PRIVACY = re.compile(
    r"""
    \b(?:privacy|terms\ (?:of|and)\ (?:use|service|conditions)|terms\ &\ conditions|cookie\ policy
      |cookie\ settings|legal\ notice|disclaimer|accessibility|sitemap|site\ map|contact\ us
      |about\ us|advertise\ with\ us|datenschutz|impressum|nutzungsbedingungen|\bagb\b|barrierefreiheit
      |mentions\ l[ée]gales|confidentialit[ée]|conditions\ g[ée]n[ée]rales|cgu|aviso\ legal
      |pol[ií]tica\ de\ (?:privacidad|cookies)|t[ée]rminos\ y\ condiciones|informativa
      |note\ legali|privacyverklaring|algemene\ voorwaarden|do\ not\ sell
    )""",
    _F,
)
# Cookie notices: someone uses cookies, a cookie policy or setting, or a call to accept them;
# and the consent placeholder of embedded content ("Klicken Sie, um den Inhalt zu laden").
_COOKIE = re.compile(
    r"""(?:\b(?:we|this\ (?:web)?site|our\ (?:web)?site|wir|nous|this\ site|(?:diese|unsere)\ (?:web)?seite
      |ce\ site|este\ sitio|questo\ sito|wij|deze\ (?:web)?site)\b[^.]{0,60}?
      \b(?:use|uses|using|verwende[tn]?|nutze[nt]?|setzt|setzen|utilisons|utilise|utiliza|utilizamos
      |usamos|usa|usiamo|utilizza|gebruik(?:t|en)?|maakt\ gebruik\ van)\b[^.]{0,40}?\bcookies?
      |\bcookies?[-\ ](?:policy|settings|consent|preferences|richtlinie|einstellungen|hinweis|banner)
      |\b(?:accept|allow|reject|decline|akzeptier|zustimm|accepter|acceptez|aceptar|acepto|accetta
      |accetto|accepteer)\w*\s(?:all\s|alle\s|tous\ les\s|todas\ las\s)?cookies?
      |\bcookies?\ (?:akzeptieren|zulassen|accepter|aceptar|accettare|accepteren)
      |\b(?:utilizamos|usamos|usiamo|utilizziamo|utilisons|verwenden\ wir|nutzen\ wir|setzen\ wir
      |gebruiken\ wij)\b[^.]{0,20}?\bcookies?
      |\buse\ of\ cookies|utilisation\ (?:des|de)\ cookies|uso\ de\ (?:las\ )?cookies
      |einsatz\ von\ cookies|verwendung\ von\ cookies|agree\ to\ (?:our|the)\ use
      |um\ (?:den|diesen)\ inhalt\ (?:von\ \S+\ )?zu\ (?:laden|sehen)
      |inhalt\ (?:laden|entsperren|aktivieren)\W*$|ohne\ (?:dein|ihr)\ einverst[äa]ndnis\ keine\ verbindung
      |^externer\ inhalt|^empfohlener\ redaktioneller\ inhalt
      |click\ to\ load|load\ external\ content|^contenu\ externe|^contenido\ externo
      |sets?\ (?:this|a|the)\ cookie|this\ cookie\ (?:is|stores|tracks|records)|cookie\ is\ (?:used|set))""",
    _F,
)
_SHARE_WORDS = frozenset(
    """share shares shared sharing tweet facebook twitter x linkedin pinterest whatsapp email e-mail
    mail print reddit telegram copy link links url flipboard pocket xing threads bluesky mastodon
    instagram youtube tiktok messenger sms on via this article story post page the to auf sur en per
    teilen teilt partager partagez compartir comparte condividi delen deel artikel drucken imprimer
    imprimir stampa kopieren copier copiar copia enlace lien follow us folgen suivez síguenos seguici
    volg ons su op dit""".split()
)
_FILLER = frozenset({"on", "via", "this", "the", "to", "en", "per", "sur", "auf", "su", "op", "dit"})
_SHARE_BY_START: dict[str, tuple[str, ...]] = {}
for _word in sorted({w.replace("-", "") for w in _SHARE_WORDS}, key=len, reverse=True):
    _SHARE_BY_START[_word[0]] = (*_SHARE_BY_START.get(_word[0], ()), _word)
_NON_LETTERS = re.compile(r"[\W\d_]+")
_WORD_CHAR = re.compile(r"[^\W_]")
_LOGIN = re.compile(
    r"""^(?:log\ ?in|log\ ?out|sign\ ?in|sign\ ?out|register|my\ account|account|create\ (?:an\ )?account
      |anmelden|abmelden|einloggen|registrieren|mein\ konto|login\ /\ register|connexion|se\ connecter
      |mon\ compte|s'inscrire|iniciar\ sesi[oó]n|registrarse|mi\ cuenta|accedi|registrati|inloggen
      |mijn\ account)\W*$""",
    _F,
)
_ADVERT = re.compile(
    r"""^(?:advertisement|advertising|advert|ad|ads|sponsored(?:\ content)?|paid\ content|promoted
      |anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|advertentie|reklame|reklama
      |(?:the\ )?(?:story|article|text)\ continues\ (?:below|after)(?:\ (?:the|this))?
       (?:\ (?:ad|advertisement))?
      |continue\ reading\ (?:below|the\ main\ story)|scroll\ to\ continue(?:\ with\ content)?
      |weiterlesen\ nach\ der\ anzeige|la\ suite\ apr[èe]s\ (?:cette\ )?publicit[ée])\W*$""",
    _F,
)
# The headers over a list of links to other articles ("Related", "Lesen Sie auch", "À lire
# aussi", "Te puede interesar").
_RELATED_PHRASES = r"""(?:related
      (?:\ (?:articles?|posts?|stories|news|content|reading|links|topics|coverage))?
      |read\ (?:more|also|next)(?:\ (?:from|on|about)\b.{0,60})?|also\ read|see\ also|further\ reading
      |more\ (?:from|on|about|in)\b.{0,60}|more\ (?:stories|news|articles|posts|to\ read)
      |you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|be\ interested\ in)|recommended(?:\ for\ you)?
      |(?:most\ )?(?:popular|read|viewed|shared)(?:\ (?:posts|stories|articles|now|today))?
      |most\ (?:read|popular|viewed|shared)(?:\ \w+)?|trending(?:\ now)?|top\ stories|keep\ reading
      |latest\ (?:news|posts|articles|stories)|recent\ (?:posts|articles|stories)|what\ to\ read\ next
      |mehr\ (?:zum\ thema|dazu|aus\ dem\ ressort|artikel)|das\ k[öo]nnte\ sie\ auch\ interessieren
      |auch\ interessant|weitere\ (?:artikel|beitr[äa]ge|themen)|lesen\ sie\ auch|meistgelesen
      |empfehlungen|verwandte\ (?:artikel|themen)|[àa]\ lire\ (?:aussi|[ée]galement)|lire\ aussi
      |sur\ le\ m[êe]me\ sujet|articles?\ similaires|vous\ aimerez\ aussi|[àa]\ d[ée]couvrir
      |(?:tambi[ée]n\ )?te\ puede\ interesar|noticias\ relacionadas|lo\ m[áa]s\ le[íi]do
      |art[íi]culos\ relacionados|relacionad[oa]s|leggi\ anche|potrebbe\ interessarti
      |articoli\ correlati|lees\ ook|meer\ over\b.{0,40}|gerelateerde\ artikelen
      |(?:beliebte|[äa]hnliche|verwandte|neueste)\ (?:beitr[äa]ge|artikel|nachrichten|themen)(?:\ zum\ thema)?
      |diese\ beitr[äa]ge\ solltest\ du\ nicht\ verpassen|lue\ my[öo]s|l[äa]s\ ocks[åa]
      |trending\ (?:nationally|stories|today)|read\ the\ latest\ (?:from|on|about)\b.{0,60}
      |(?:discover\ )?(?:our\ )?(?:latest\ )?editor(?:ial)?'?s?\ picks
      |recommended\ (?:reading|stories|articles)
      |mehr\ (?:lesen\ (?:über|zu|zum\ thema)|themen|nachrichten|news|beitr[äa]ge)\b.{0,60}
      |mehr\ zum\ thema\b.{0,60}
      |weitere\ (?:aktuelle\ )?(?:artikel|beitr[äa]ge|themen|inhalte|nachrichten|news|meldungen)\b.{0,60}
      |das\ k[öo]nnte\ (?:sie|dich|dir|euch)\ (?:auch\ )?(?:noch\ )?interessieren(?:\ …)?
      |(?:dich|sie)\ interessiert\ (?:vielleicht|bestimmt)\ auch|lies\ auch|meist\ ?gelesen(?:e|en)?(?:\ \w+)?
      |(?:seit\ \d{1,3}\ tagen\ )?am\ (?:h[äa]ufigsten|meisten)\ (?:gelesen|geklickt)(?:e|en)?(?:\ \w+)?
      |meistgeklickte\ \w+|empfohlen\ f[üu]r\ (?:dich|sie)|themenrelevante\ \w+
      |weiterf[üu]hrende\ (?:links|artikel)
      |top[-\ ]themen(?:\ der\ redaktion)?|artikel\ und\ videos\ zum\ thema
      |interessantes\ aus\ unserem\b.{0,40}
      |(?:les\ )?(?:articles\ )?(?:les\ )?plus\ (?:lus|populaires|partag[ée]s|comment[ée]s)
      |dans\ la\ m[êe]me\ rubrique
      |sur\ le\ m[êe]me\ th[èe]me|[àa]\ voir\ aussi|voir\ aussi
      |otras\ noticias|m[áa]s\ noticias|temas\ relacionados|contenido\ relacionado
      |(?:video|art[íi]culos?)\ recomendados?
      |art[íi]culos\ relacionados\b.{0,40}|(?:te|le)\ (?:puede|podr[íi]a)\ interesar|mir[áa]\ tambi[ée]n
      |vea?\ tambi[ée]n|m[áa]s\ sobre\b.{0,40}|lo\ m[áa]s\ (?:visto|popular|reciente)
      |veja\ tamb[ée]m|leia\ (?:tamb[ée]m|mais)|mais\ lidas|not[íi]cias\ relacionadas
      |zobacz\ (?:te[żz]|tak[żz]e|r[óo]wnie[żz])|czytaj\ (?:te[żz]|tak[żz]e|wi[ęe]cej)
      |inne\ artyku[łl]y(?:\ autora)?
      |najcz[ęe][śs]ciej\ czytane|pi[ùu]\ lett[ie])"""
_RELATED_HEADER = re.compile(rf"^{_RELATED_PHRASES}\W*$", _F)
# Such a header glued to its list in one line ("Das könnte Sie auch interessieren: Title One
# Title Two", "You may also like … Title"): the links follow a colon, an ellipsis or a chevron.
# A line that ends like a sentence is not taken: that is a paragraph glued to a lone link
# ("Read more: Title" + the text), or a sentence ("More from the study: mice slept longer.").
_RELATED_LEAD = re.compile(rf"^{_RELATED_PHRASES}\ ?[:…»›]\ ?\S", _F)
# Both in one pattern for the `_LINE` alternation: the group ``lead`` tells them apart.
_RELATED_LINE = re.compile(rf"^{_RELATED_PHRASES}(?:\W*$|(?P<lead>\ ?[:…»›]\ ?\S))", _F)
_LEAD_LINE_END = frozenset('.!"”')  # a header's lead line does not end so
_RELATED_INLINE = re.compile(
    r"""^(?:related|read\ (?:more|also|next)|see\ also|also\ read|more|lire\ aussi|[àa]\ lire\ aussi
      |voir\ aussi|leggi\ anche|lees\ ook|mehr\ zum\ thema|lesen\ sie\ auch|auch\ interessant
      |te\ puede\ interesar|lee\ tambi[ée]n|ver\ tambi[ée]n|vea\ tambi[ée]n|leia\ tamb[ée]m
      |veja\ tamb[ée]m|lue\ my[öo]s|lue\ seuraavaksi|l[äa]s\ ocks[åa]|l[æa]s\ ogs[åa]|les\ ogs[åa]
      |czytaj\ (?:te[żz]|tak[żz]e|wi[ęe]cej)|[čc]t[ěe]te\ tak[ée]|mehr\ lesen|lies\ auch|lesen\ sie\ hier
      |lea(?:\ tambi[ée]n|\ m[áa]s)?|mir[ae]|mir[áa]\ tambi[ée]n|puedes\ ver|le\ puede\ interesar
      |leia\ (?:tamb[ée]m|mais)
      |zobacz\ (?:te[żz]|tak[żz]e|r[óo]wnie[żz])|dowiedz\ si[ęe]\ wi[ęe]cej
      |lue\ (?:lis[äa][äa]|aiheesta\ lis[äa][äa]))
      \s?[:»›]\s?\S""",
    _F,
)
_COMMENT_HEADER = re.compile(
    r"""^(?:leave\ a\ (?:reply|comment)|post\ a\ comment|add\ (?:a\ )?comment|write\ a\ comment
      |\d{1,5}\ (?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti|reacties)
      |(?:comments?|responses?|kommentare?|commentaires?|comentarios?|commenti|reacties)(?:\ \(\d{1,5}\))?
      |no\ comments(?:\ yet)?|join\ the\ (?:discussion|conversation)|kommentar\ schreiben
      |schreibe?\ einen\ kommentar|laisser\ un\ commentaire|[ée]crire\ un\ commentaire
      |deja\ (?:un|tu)\ comentario|lascia\ un\ commento|plaats\ een\ reactie|reageer
      |(?:load|show|view|see|read)\ (?:all\ )?(?:\d{1,5}\ )?(?:comments|replies)
      |reply(?:\ to\ (?:comment|this))?|antworten|r[ée]pondre|responder|rispondi|beantwoorden
      |(?:\d{1,5}\ kommentare?\ ?)?(?:(?:derzeit\ )?(?:noch\ )?keine|aucun|sin|nessun)
       \ (?:kommentare?|commentaires?|comentarios?|commenti?)(?:\ vorhanden)?
      |(?:kommentare\ )?neuer\ kommentar
      |(?=[^*]*\*)(?:(?:kommentare?|comments?|commentaires?|comentarios?|name|nom|nombre|e-?mail|website
       |webseite|site\ web|sitio\ web)\ ?\*?\ ?){3,}
      |\d{1,5}\ (?:comments?|responses?|replies|thoughts?|kommentare?|antworten|gedanken|commentaires?
       |r[ée]ponses|comentarios?|respuestas|commenti|risposte)
       \ (?:to|on|zu|auf|[àa]|sur|a|en|para|su)\ [\"“„«‘‚'].{1,150}
      |(?:hinterlasse|hinterlassen\ sie)\ (?:eine\ antwort|einen\ kommentar)|laisser\ une\ r[ée]ponse
      |deja\ una\ respuesta|lascia\ una\ risposta|(?:ping|track)backs?\b.{0,150})\W*$""",
    _F,
)
# "Jane Doe says:" over a comment; tried only on lines that end in one of these verbs.
_SAYS_VERBS = ("says", "sagt", "schreibt", "dit", "écrit")
_SAYS = re.compile(r"^[\w'’.-]{1,20}(?:\ [\w'’.-]{1,20}){0,3}\ (?:says|sagt|schreibt|dit|écrit)\W*$")
_COMMENT_FORM = re.compile(
    r"""(?:your\ email\ address\ will\ not\ be\ published|required\ fields\ are\ marked
      |cancel\ reply|you\ must\ be\ logged\ in\ to\ post|ihre\ e-mail-adresse\ wird\ nicht
      |votre\ adresse\ e-mail\ ne\ sera\ pas|tu\ direcci[oó]n\ de\ correo\ electr[oó]nico\ no\ ser[áa]
      |save\ my\ name,\ email|e-mail-adresse\ wird\ nicht\ ver[öo]ffentlicht
      |erforderliche\ felder\ sind|hinterlasse\ einen\ kommentar|kommentar\ hinzuf[üu]gen
      |antworten\ abbrechen|les\ champs\ obligatoires|los\ campos\ obligatorios
      |was\ this\ (?:article|page|post|information)\ helpful|fanden\ sie\ diesen\ artikel
      |war\ dieser\ (?:artikel|beitrag)\ hilfreich|cet\ article\ vous\ a-t-il
      |(?:musst|m[üu]ssen)\ (?:angemeldet|eingeloggt)\ sein,\ um\ (?:einen\ )?kommentar|um\ zu\ kommentieren
      |(?:para|pour)\ (?:comentar|commenter),?\ (?:debes|debe|tienes|vous\ devez|veuillez|inicia|connectez)
      |(?:log|sign)\ in\ to\ (?:post\ a\ )?comment|dein\ kommentar\ wurde|antwort\ verwerfen
      |(?:ihre|deine)\ e-?mail-?adresse\ wird\ nicht
      |notify\ me\ of\ (?:follow-?up|new)\ comments
      |benachrichtige\ mich\ [üu]ber\ (?:folgekommentare|neue\ kommentare)
      |(?:m'avertir|pr[ée]venez-moi)\ (?:des|de\ tous\ les)\ nouveaux\ commentaires
      |notif[íi]came\ (?:los\ )?nuevos\ comentarios|inline\ feedbacks|most\ reacted\ comment
      |hottest\ comment\ thread|kommentar,\ auf\ das\ am\ meisten\ reagiert|beliebtestes\ kommentar)""",
    _F,
)
# Prompts to rate, like or share the article, wherever they stand: "Wie bewerten Sie diesen
# Artikel?", "Rate this article".
_FEEDBACK = re.compile(
    r"""(?:(?:wie\ (?:bewerten|finden)|bewerten)\ sie\ (?:diesen|dieses|diese|den|das|die)
       \ (?:artikel|beitrag|seite)
      |(?:gef[äa]llt|hat)\ (?:ihnen|dir|euch)\ (?:dieser|der|dieses|das|unser[e]?)
       \ (?:artikel|beitrag|text|seite|website)
      |wie\ gef[äa]llt\ (?:ihnen|dir)\ (?:unsere?|diese[rs]?|der|die|das)\ |(?:artikel|beitrag)\ gefallen\?
      |(?:dir|ihnen)\ hat\ (?:der|dieser)\ (?:artikel|beitrag)\ gefallen
      |(?:please\ )?rate\ this\ (?:article|post|story)
      |how\ (?:would\ you\ rate|useful\ was)\ this\ (?:article|post|page)
      |(?:anmerkungen|fragen|anregungen|hinweise)\ (?:und\ anregungen\ )?zu\ diesem
       \ (?:artikel|beitrag)

      |vous\ avez\ aim[ée]\ cet\ article|(?:te|le)\ (?:gust[óo]|ha\ gustado)\ (?:este|esta)
       \ (?:art[íi]culo|nota)
      |^(?:was\ this\ (?:article|page|post|answer|information\ )?\ ?helpful
      |(?:war|fanden\ sie)\ (?:dieser|diese|dieses|den|die|das)\ (?:artikel|beitrag|seite|information)
       \ hilfreich|(?:cet\ article|cette\ page)\ (?:vous\ )?a(?:-t-il|-t-elle)?\ [ée]t[ée]\ utile
      |¿?(?:te|le)\ (?:result[óo]|ha\ resultado)\ [úu]til|¿?(?:fue|es|ha\ sido)\ [úu]til\ (?:este|esta)
       \ (?:art[íi]culo|p[áa]gina|informaci[óo]n))\W*$)""",
    _F,
)
# A caption ending in the photographer's initials: "... in an archive picture. D. V. A."
_INITIALS_CREDIT = re.compile(r"(?:(?<!\w)[A-ZÀ-Þ]\.\s?){3,}$")
_TAG_LINE = re.compile(
    r"""^(?:tags?|tagged|tagged\ with|filed\ under|posted\ in|categories|category|kategorien?
      |schlagw[öo]rter|schlagworte|stichw[öo]rter|themen|mots-cl[ée]s|[ée]tiquettes|etiquetas
      |categor[íi]as|argomenti|trefwoorden)\s?:\s?\S
      |^(?:tags?|tagged|tagged\ with|filed\ under|schlagw[öo]rter|schlagworte|stichw[öo]rter
        |mots-cl[ée]s|etiquetas|trefwoorden)(?:\W*$|\s[^.!?:]{1,80},[^.!?]*$)
      |^(?:this\ (?:entry|post)\ was\ posted|dieser\ (?:eintrag|beitrag)\ wurde\ (?:am\ |von\ )?
      |cet\ article\ a\ [ée]t[ée]\ publi[ée]|cette\ entr[ée]e\ a\ [ée]t[ée]\ publi[ée]e
      |esta\ entrada\ (?:fue|ha\ sido)\ publicada|questa\ voce\ [èe]\ stata\ pubblicata
      |dit\ (?:bericht|artikel)\ is\ geplaatst)""",
    _F,
)
_RIGHTS_RESERVED = r"""all\ rights\ reserved|alle\ rechte\ vorbehalten|tous\ droits\ r[ée]serv[ée]s
      |todos\ los\ derechos\ reservados|tutti\ i\ diritti\ riservati|alle\ rechten\ voorbehouden"""
# A free licence stated for the page's own text or pictures: "All content is licensed under a
# Creative Commons licence", "Die Inhalte dieser Website stehen unter CC-BY"; a sentence about
# licences in general does not name the page.
_OWN_CONTENT = r"""\b(?:this|these|all|our|dies(?:e[mnrs]?)?|alle|unsere?|ce|cet|cette|ces|tous\ les
      |este|esta|estos|todos\ los|nuestros?)
      \ (?:\w+\ ){0,2}?(?:content|contents|site|website|blog|texts?|articles?|posts?|images|photos|pictures
      |inhalte|texte|beitr[äa]ge|bilder|fotos|seiten?|webseite|contenus?|textes?|contenidos?|textos
      |art[íi]culos|im[áa]genes)\b"""
_LICENCE = r"""licensed\ under\ (?:a\ |the\ )?(?:creative\ commons|cc\b)
      |unter\ (?:einer\ |der\ )?(?:creative[\ -]commons|cc[\ -]?by)
      |sous\ (?:une\ |la\ )?licence\ (?:creative|cc\b)
      |bajo\ (?:una\ |la\ )?licencia\ (?:creative|cc\b)
      |(?:lizenz|license|licence|licencia)\ cc[\ -]?by|\bcc[\ -]by(?:[\ -](?:sa|nc|nd))*[\ -]\d\.\d
      |\bcc[\ -]by(?:[\ -](?:sa|nc|nd))+\b"""
_LICENCE_LINE = re.compile(f"^(?=.*?{_OWN_CONTENT}).*?(?:{_LICENCE})", _F)
# Any copyright notice, a photo credit's "© Jane Doe" included.
_COPYRIGHT = re.compile(
    r"""(?:©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s?(?:©|\(c\))?\s?(?:19|20)\d\d|""" + _RIGHTS_RESERVED + ")",
    _F,
)
# A site's copyright notice, with a year: the start of the page footer.
_FOOTER = re.compile(
    r"""(?:(?:©|\(c\)|\bcopyright\b)\s?(?:\d{4}|[^\W\d_]{1,40}\ \d{4})|""" + _RIGHTS_RESERVED + ")",
    _F,
)


# A short call to comment: "Schreib doch einen Kommentar!", "Let us know in the comments". In
# a longer paragraph the same words are the author's own closing lines.
_COMMENT_CALL = re.compile(
    r"""(?:verraten|schreiben|erz[äa]hlen)\ sie\ (?:uns\ )?(?:gerne\ )?
       (?:in\ den\ kommentaren|einen\ kommentar)
      |schreib(?:t|e)?\ (?:doch\ |gerne\ |uns\ )*(?:einen\ kommentar|in\ die\ kommentare)
      |let\ (?:us|me)\ know\ in\ the\ comments|dites-(?:le\ )?(?:nous|moi)\ en\ commentaire
      |d[ée]ja(?:nos)?\ (?:tu\ opini[óo]n\ )?en\ los\ comentarios""",
    _F,
)
# A form's status messages, printed in the page though shown only after a submit: "Thank you!
# Your submission has been received!", "Oops! Something went wrong while submitting the
# form.", "Danke für deine Anmeldung!", "Votre message a bien été envoyé".
_FORM_MESSAGE = re.compile(
    r"""\b(?:your\ (?:submission|message|form|request|entry)\ has\ been
       \ (?:successfully\ )?(?:received|sent|submitted)
      |(?:something\ went\ wrong|there\ was\ an\ error)\ (?:while|when)\ submitting
      |thanks?\ (?:you\ )?for\ (?:subscribing|signing\ up|your\ (?:submission|message|subscription))
      |danke\ f[üu]r\ (?:deine|ihre|dein|ihr)\ (?:anmeldung|nachricht|anfrage|registrierung|abonnement)
      |(?:deine|ihre)\ (?:anmeldung|nachricht|anfrage)\ (?:ist\ eingegangen
       |wurde\ (?:erfolgreich\ )?(?:gesendet|versendet|übermittelt|empfangen))
      |merci\ (?:pour|de)\ votre\ (?:inscription|message|abonnement|demande)
      |votre\ (?:message|demande|inscription)\ a\ (?:bien\ )?[ée]t[ée]\ (?:envoy|re[çc]u|enregistr)
      |gracias\ por\ (?:suscribirte|registrarte|tu\ mensaje|su\ mensaje)
      |(?:tu|su)\ mensaje\ (?:ha\ sido|fue)\ enviado)""",
    _F,
)
# What a page prints for a browser without JavaScript or too old for it: "You need to enable
# JavaScript to run this app.", "Bitte aktivieren Sie JavaScript", "Dein Browser ist veraltet".
_SCRIPT_NOTICE = re.compile(
    r"""\b(?:(?:enable|activate|turn\ on|allow)\ javascript|javascript\ (?:is\ )?(?:disabled|required)
      |(?:does\ ?n[o'’]t|will\ not|won[’']t|cannot|can[’']t)\ (?:work|function|run)\ (?:properly\ )?
       without\ javascript
      |javascript\ (?:aktivieren|einschalten)|(?:aktivieren|erlauben)\ sie\ javascript
      |javascript\ ist\ deaktiviert|activ(?:er|ez)\ (?:le\ )?javascript|javascript\ est\ d[ée]sactiv[ée]
      |(?:habilita|activa|habilite|active)\ (?:el\ )?javascript|javascript\ (?:est[áa]\ )?desactivado
      |(?:your|this)\ browser\ is\ (?:out\ of\ date|outdated|not\ supported|no\ longer\ supported)
      |(?:dein|ihr)\ browser\ ist\ (?:leider\ )?veraltet|votre\ navigateur\ (?:est\ )?obsol[èe]te
      |tu\ navegador\ (?:est[áa]\ )?(?:obsoleto|desactualizado))""",
    _F,
)
# A share prompt at the start of a line, often glued to its buttons: "Share this:Click to
# share on Facebook (Opens in new window)", "Teilen Sie dies mit:", "Artikel teilen".
_SHARE_PROMPT = re.compile(
    r"""^\W*(?:share\ this(?:\ (?:article|story|post|page))?\W*(?:$|:|click|facebook|twitter)|click\ to\ share
      |teilen\ sie\ (?:dies|diesen\ (?:artikel|beitrag))|(?:diesen\ )?(?:artikel|beitrag|seite)\ teilen
      |sharen\ mit|mit\ freunden\ teilen|jetzt\ teilen
      |m[öo]chten\ sie\ (?:den|diesen)\ (?:artikel|beitrag)\ teilen|klick(?:en\ sie)?,?\ um
      \ (?:auf|[üu]ber|via|per)\ \w+\ zu\ teilen
      |partager\ (?:cet\ article|sur|l'article)|compartir\ (?:nota|en\ |esta|este)
      |comparte\ (?:esta|este))""",
    _F,
)
# A call to follow the site on a social network or join its messenger channel: "Follow us on
# Instagram", "Folgt mir gerne auf Instagram", "Suivez-nous sur X", "Únete a nuestro canal de
# Telegram".
_NETWORK = (
    r"(?:twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|bluesky|mastodon|telegram|whatsapp)"
)
_FOLLOW_PROMPT = re.compile(
    rf"""^\W*(?:follow\ [^.!?]{{1,40}}?\ on\ {_NETWORK}
      |folg(?:t|e|en\ sie)?\ (?:uns|mir)\b[^.!?]{{0,30}}?\ auf\ {_NETWORK}
      |suivez-(?:nous|moi)\ sur\ |s[íi]gue(?:nos|me)\ en\ )
      |\b(?:canal\ de\ (?:telegram|whatsapp)|(?:telegram|whatsapp)[-\ ](?:channel|kanal))\b""",
    _F,
)
# A line that can be a share bar starts with a share word (the exact test is a word break).
_SHARE_START = re.compile(
    r"[\W\d_]*" + literal_search(" ".join(_SHARE_WORDS | {w.replace("-", "") for w in _SHARE_WORDS})).pattern
)
_NAV_WORD = re.compile(
    r"""^(?:skip\ to\ (?:main\ )?(?:content|navigation|main)|jump\ to\ (?:content|navigation)
      |zum\ inhalt(?:\ springen)?|aller\ au\ contenu|saltar\ al\ contenido|vai\ al\ contenuto
      |naar\ inhoud|menu|main\ menu|toggle\ (?:navigation|menu)|navigation(?:\ menu)?|search(?:\ for)?
      |close|open|back|back\ to\ top|to\ top|top|next|previous|prev|more|home|homepage|startseite
      |suche|suchen|schlie[ßs]en|zur[üu]ck|nach\ oben|accueil|rechercher|fermer|inicio|buscar
      |cerrar|cerca|chiudi|zoeken|sluiten|load\ more|show\ more|view\ all|see\ all|all\ news
      |alle\ artikel|weiterlesen|read\ more|continue\ reading|lire\ la\ suite|leer\ m[áa]s
      |mehr|plus|m[áa]s|altro|meer|tags?|categories|category|kategorien?|cat[ée]gories?|archives?
      |topics|themen|sections?|ressorts?|follow\ us|folgen\ sie\ uns|suivez-nous|s[íi]guenos
      |table\ of\ contents|contents|inhaltsverzeichnis|sommaire|table\ des\ mati[èe]res
      |tabla\ de\ contenidos?|[íi]ndice|indice\ dei\ contenuti|inhoudsopgave
      |expand\ all|collapse\ all|alle\ (?:aufklappen|ausklappen|einklappen)|tout\ (?:d[ée]plier|replier)
      |(?:hide|show|toggle)\ caption|(?:book|get|request|schedule)\ a\ (?:free\ )?demo
      |demo\ (?:anfordern|buchen|vereinbaren)
      |(?:loading|laden|l[äa]dt|chargement|cargando|caricamento)(?:\.\.\.|…)
      |(?:scroll|go|return)\ to\ top|(?:zur[üu]ck\ ?)?nach\ oben|retour\ en\ haut(?:\ de\ (?:la\ )?page)?
      |volver\ arriba|torna\ su
      |listen(?:\ to\ (?:this|the)\ (?:article|story|post))?|(?:artikel\ )?anh[öo]ren
      |[ée]couter(?:\ (?:cet|l')\ ?article)?|escuchar(?:\ (?:este\ )?art[íi]culo)?
      |(?:open|close)\ menu|men[üu]\ (?:[öo]ffnen|schlie[ßs]en)|(?:ouvrir|fermer)\ le\ menu
      |(?:abrir|cerrar)\ (?:el\ )?men[úu]
      |play\ video|video\ abspielen|watch\ now|jetzt\ ansehen|full\ ?screen|vollbild|plein\ [ée]cran
      |pantalla\ completa|zoom
      |mehr\ (?:anzeigen|laden)|afficher\ plus|charger\ plus|ver\ m[áa]s|cargar\ m[áa]s
      |(?:link\ )?copied|link\ kopiert|lien\ copi[ée]|enlace\ copiado|summari[sz]e\ with\ ai
      |text\ size|schriftgr[öo][ßs]e|taille\ du\ texte|tama[ñn]o\ de\ (?:letra|texto)
      |yes\ no|ja\ nein|oui\ non|s[íi]\ no|inhalt
      |\d{1,3}\ ?min(?:ute)?s?\.?\ read|\d{1,3}\ ?min(?:uten|\.)?\ lesezeit
      |(?:reading\ time|read\ time|lesezeit|lesedauer|temps\ de\ lecture|tiempo\ de\ lectura)
       (?:\W{1,3}(?:ca\.\ )?\d{1,3}\ ?(?:min(?:ute)?s?|minuten|minutos)\.?)?
      |download\ (?:the|our)\ app|(?:jetzt\ )?(?:die|unsere)\ app\ (?:herunterladen|laden)
      |t[ée]l[ée]chargez\ (?:l'|notre\ )app(?:lication)?|descarga\ (?:la|nuestra)\ app)\W*$""",
    _F,
)
_BREADCRUMB = re.compile(r"^[^|»›>/]{1,40}(?:\s[»›>/|]\s[^|»›>/]{1,60}){2,}$")
_CAPTION = re.compile(
    r"""^(?:\(?(?:photo|photograph|image|picture|pictured|illustration|video|foto|bild|fotos?|credit|crédit
      |crédito|source|quelle|fuente|bildquelle|image\ credit|photo\ credit|featured\ image)s?
      \b\s*(?:by|von|par|por|di|door|de|:|©|-|–)|getty\ images|shutterstock|istock|unsplash|adobe\ stock
      |dpa\b|afp\b|reuters\b|ap\ photo)""",
    _F,
)
_CAPTION_TAIL = re.compile(
    r"(?:\((?:photo|image|foto|bild|credit|quelle|source|fuente)[^)]{0,80}\)|\b(?:photo|foto|bild|image|credit"
    r"|crédit|fotograf[íi]a|kuva)s?\s?:\s?[^.:]{1,60}(?:\.com)?|\bfot\.\s?[^.:]{1,60}"
    r"|/\s?(?:getty images|shutterstock|istock(?:photo)?|unsplash|pixabay|picture[- ]alliance|imago"
    r"|reuters|afp|dpa|ap|epa|keystone|ansa|efe)(?:\.com)?|/\s?(?:\(c\)|©)\s?[^/.:]{1,40}"
    r"|photo by [^.]{0,60} on unsplash)\W*$"
)


# The anchored whole-line patterns as one alternation, in order of priority; the group
# that matched names the rule.
_PREV_NEXT = re.compile(
    r"""^(?:[←«‹<]\ ?)?(?:prev(?:ious)?|next|older|newer|vorherige[rs]?|n[äa]chste[rs]?|pr[ée]c[ée]dent
      |suivant|anterior|siguiente|precedente|successivo|vorige|volgende)
      (?:\ (?:post|article|story|entry|page|beitrag|artikel|art[íi]culo|articolo|artikel))?(?:\ ?[:→»›>]|$)
      |^(?:article|beitrag|art[íi]culo|articolo)\ (?:suivant|pr[ée]c[ée]dent|siguiente|anterior|successivo
      |precedente)(?:\ ?[:→»›>]|$)""",
    _F,
)
_RELATED_BRACKET = re.compile(
    r"^[\[(]\ ?(?:also\ read|read\ (?:more|also|next)|related|see\ also|more\ on|lesen\ sie\ auch"
    r"|lire\ aussi|leggi\ anche|lee\ tambi[ée]n)\b"
)
_AUTHOR_BOX = re.compile(
    r"""^(?:about\ the\ authors?|about\ me|meet\ the\ author|author\ bio(?:graphy)?|[üu]ber\ den\ autor(?:in)?
      |[üu]ber\ die\ autorin|zur\ person|[àa]\ propos\ de\ l'auteur|sobre\ el\ autor|sobre\ la\ autora
      |l'autore|over\ de\ auteur)\W*$""",
    _F,
)
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember"
    r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\.?"
)
# A commenter's signature: a name, then the date and time of the comment.
_COMMENT_SIGNATURE = re.compile(
    r"^(?!(?:updated|published|posted|last|veröffentlicht|aktualisiert|publié|mis|publicado|actualizado"
    r"|zuletzt|stand|date|datum|on|am|le|el|by|von|par|por)\b)"
    r"[^\W\d_][\w.'’-]*(?:\ [^\W\d_][\w.'’-]*){0,3}\ ?[|,-]?\ ?(?:"
    + _MONTH_WORD
    + r"\ \d{1,2}(?:st|nd|rd|th)?,?\ \d{4}|\d{1,2}\.?\ "
    + _MONTH_WORD
    + r"\ \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,|\ at|\ um|\ à|\ -)?"
    r"\ \d{1,2}[:.]\d{2}(?:\ ?[ap]\.?m\.?)?\W*$"
)
_CLOCK = re.compile(r"\d[:.]\d\d")  # a time of day, which every comment signature has
_RATING = re.compile(
    r"^\d+(?:[.,]\d+)?\ ?(?:/\ ?\d+|(?:from|out\ of|von|sur|de)\ \d+(?:\ (?:votes?|ratings?|reviews?"
    r"|stimmen|bewertungen|avis|votos))?)\W*$"
)
_LINE_PATTERNS = (
    ("nav", _NAV_WORD, "nav-word"),
    ("login", _LOGIN, "login-link"),
    ("advert", _ADVERT, "advertisement"),
    ("related", _RELATED_LINE, "related-list"),
    ("inline", _RELATED_INLINE, "related-list"),
    ("comment", _COMMENT_HEADER, "comment-section"),
    ("caption", _CAPTION, "caption-credit"),
    ("tags", _TAG_LINE, "tag-line"),
    ("prevnext", _PREV_NEXT, "nav-word"),
    ("bracket", _RELATED_BRACKET, "related-list"),
    ("authorbox", _AUTHOR_BOX, "author-bio"),
    ("rating", _RATING, "nav-word"),
)
_LINE_RULES = {name: rule for name, _, rule in _LINE_PATTERNS}
# The whole-line patterns and, after them, the starts that a share bar or a one-word sign-up
# prompt needs, in one alternation: most short lines match none of them, and one call tells.
_LINE = re.compile(
    "|".join(f"(?P<{name}>{p.pattern})" for name, p, _ in _LINE_PATTERNS)
    + f"|(?P<share>{_SHARE_START.pattern})|(?P<signup>{_SIGNUP_WORD.pattern})",
    _F,
)

# The rules whose words may stand anywhere in a line, in order of priority: the rule, its
# pattern, the most words a line it applies to may have, and literal words (``_`` for a
# space) of which every match of the pattern contains one. One pass of an Aho-Corasick
# automaton finds all those words in a line (several times faster than a `re` search for
# them) and tells which patterns are worth running; most lines contain none.
_SEARCHED: tuple[tuple[str, re.Pattern[str], int, str], ...] = (
    (
        "privacy-link", _PRIVACY, 12,
        "privacy terms cookie legal disclaimer accessib sitemap site_map contact_us about_us"
        " advertise datenschutz impressum nutzungsbed agb barrierefrei mentions_l confidential"
        " conditions_g cgu política politica rminos informativa note_legali voorwaarden do_not_sell",
    ),
    (
        "comment-section", _COMMENT_FORM, 40,
        "published required_fields cancel_reply logged_in adresse direcci save_my_name felder"
        " kommentar kommentieren comentar commenter comment antworten champs campos helpful artikel"
        " article_vous verwerfen inline_feedback",
    ),
    (
        "feedback-prompt", _FEEDBACK, 40,
        "artikel beitrag seite gefällt gefallt gefallen website rate_this useful_was aimé aime"
        " gust helpful utile útil",
    ),
    (
        "signup-prompt", _SIGNUP, 30,
        "sign mailing newsletter bolet nieuwsbrief inbox mail updates_every get_our get_the"
        " unsubscri join subscribe abonn zum_newsletter abonnez inscrivez suscr iscriviti"
        " abbonati schrijf registrieren testen trial postfach boîte boite correo bandeja never_miss"
        " verpass manquez ratez pierdas cancel kündbar kundbar already_a bereits_abonn schon_abonn"
        " déjà_abonn deja_abonn ya_eres ya_soy",
    ),
    (
        "signup-prompt", _SIGNUP_SHORT, 8,
        "newsletter nieuwsbrief bolet abonnement abonnieren subscri sign inbox",
    ),
    (
        "donation-appeal", _DONATE, 40,
        "support donat make_a become_a readers_like favor favour consider spende unterst souten"
        " un_don una_donaci apoya dona_ora sostienici steun doneer beitrag_hilft contribution rely_on",
    ),
    ("feedback-prompt", _COMMENT_CALL, 20, "kommentar comments commentaire comentarios"),
    ("script-notice", _SCRIPT_NOTICE, 40, "javascript browser navigateur navegador"),
    (
        "form-message", _FORM_MESSAGE, 20,
        "your_submission your_message your_form your_request your_entry went_wrong an_error thank"
        " danke deine_anmeldung ihre_anmeldung deine_nachricht ihre_nachricht deine_anfrage ihre_anfrage"
        " merci votre_message votre_demande votre_inscription gracias mensaje",
    ),
    (
        "cookie-banner", _COOKIE, 90,
        "cookie agree_to inhalt einverst click_to_load external contenu contenido",
    ),
    ("share-bar", _SHARE_PROMPT, 90, "share teilen partager compart"),
    ("share-bar", _FOLLOW_PROMPT, 40, "follow folg suivez sígue sigue telegram whatsapp"),
    (
        "disclosure", _DISCLOSURE, 90,
        "commission affiliat amazon_associate financial_relationship expressed provision"
        " werbelink submitting clicking agree consent absenden soumettant enviar compensation vergütung"
        " vergutung rémunération remuneration rémuneration remunération"
        " advertiser_disclosure advertising_disclosure",
    ),
    (
        "disclosure", _CONSENT, 90,
        "by_signing by_subscribing by_registering by_submitting have_read_and stimme_ich akzeptiere_ich"
        " willige_ich erkläre_ich erklare_ich bestätige_ich bestatige_ich stimmen_sie akzeptieren_sie"
        " willigen_sie erklären_sie erklaren_sie bestätigen_sie bestatigen_sie absenden ich_akzeptiere"
        " ich_stimme ich_habe_die_datenschutz ich_bin_damit_einverstanden ich_bin_einverstanden ich_bin_mit"
        " i_agree i_consent"
        " vous_acceptez j'accepte j’accepte ai_lu_et al_suscrib al_registr al_hacer_clic al_enviar"
        " al_pulsar acepto",
    ),
    (
        "caption-credit", _CAPTION_TAIL, 25,
        "photo image foto fot. bild credit crédit kuva quelle source fuente /",
    ),
    (
        "copyright", _COPYRIGHT, 40,
        "© (c) copyright rights_reserved rechte_vorbehalten droits_r derechos_reservados"
        " diritti_riservati rechten_voorbehouden",
    ),
    (
        "copyright", _LICENCE_LINE, 40, "licen lizen creative cc-by cc_by ccby",
    ),
)  # fmt: skip


def _trigger(max_words: int) -> ahocorasick.Automaton:
    """An automaton that finds the trigger words of the `_SEARCHED` rules that apply to lines
    of `max_words` words; each word it finds gives the indices of the rules to run (those
    with a word that the found word starts)."""
    entries = [(i, words) for i, (_, _, limit, words) in enumerate(_SEARCHED) if limit >= max_words]
    automaton = ahocorasick.Automaton()
    for key in literal_words(" ".join(w for _, w in entries)):
        rules = tuple(i for i, w in entries if any(x.replace("_", " ").startswith(key) for x in w.split()))
        automaton.add_word(key, rules)
    automaton.make_automaton()
    return automaton


_TRIGGER = _trigger(0)
_LONG_TRIGGER = _trigger(41)  # lines of 41 to 90 words

# Menus, share bars and footers repeat from page to page of a site: the rule found for a short
# line is kept for the next page, up to `_MEMO_SIZE` lines (then the memo starts afresh).
_MEMO_CHARS = 60
_MEMO_SIZE = 20_000
_UNKNOWN = "?"
_memo: dict[tuple[str, int], str | None] = {}


def boilerplate_rule(text: str, n_words: int) -> str | None:
    """The id of the boilerplate rule `text` matches on its own, or None.

    Example:
        >>> boilerplate_rule("Sign up for our weekly newsletter", 6)
        'signup-prompt'
        >>> boilerplate_rule("The council signed up three new members on Monday evening.", 10)
    """
    if len(text) > _MEMO_CHARS:
        return _rule(text, n_words)
    key = (text, n_words)
    rule = _memo.get(key, _UNKNOWN)
    if rule is _UNKNOWN:
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()
        rule = _memo[key] = _rule(text, n_words)
    return rule


def _rule(text: str, n_words: int) -> str | None:
    if n_words > 90:
        return None
    low = text.lower()
    if n_words <= 25:
        m = _LINE.match(low)
        start = m.lastgroup if m is not None else None  # a share or sign-up start, if not a rule
        if start in _LINE_RULES:
            # a related header with links after it ("Read more: ...") that ends like a sentence
            # is a paragraph glued to a lone link, unless `_RELATED_INLINE` says otherwise
            glued_paragraph = start == "related" and m is not None and m.start("lead") >= 0
            if not (glued_paragraph and text[-1] in _LEAD_LINE_END):
                return _LINE_RULES[str(start)]
            if _RELATED_INLINE.match(low):
                return "related-list"
        if start is not None and n_words <= 8 and _is_share_bar(low):
            return "share-bar"
        if n_words <= 12 and _CLOCK.search(low) and _COMMENT_SIGNATURE.match(low):
            return "comment-section"
        if n_words <= 5 and low.rstrip(" :.!").endswith(_SAYS_VERBS) and _SAYS.match(low):
            return "comment-section"
        if start is not None and n_words <= 6 and _SIGNUP_WORD.match(low):
            return "signup-prompt"
    elif text[-1] not in _LEAD_LINE_END and _RELATED_LEAD.match(low):
        return "related-list"
    if n_words <= 25 and text[-1:] == "." and _INITIALS_CREDIT.search(text[-24:]):
        return "caption-credit"
    trigger = _TRIGGER if n_words <= 40 else _LONG_TRIGGER
    found: set[int] = {i for _, rules in trigger.iter(low) for i in rules}
    for index in sorted(found):
        rule, pattern, max_words, _ = _SEARCHED[index]
        if n_words <= max_words and pattern.search(low):
            return rule
    # "a › b › c" has five words at least: two separators with a space on each side.
    if 5 <= n_words <= 12 and _BREADCRUMB.match(low) and not low.endswith("."):
        return "breadcrumb"
    return None


def credit_after_caption(text: str) -> bool:
    """True for a credit printed at the end of its own caption ("The harbour at dawn /
    Reuters"), as opposed to a credit line on its own ("Photo: Jane Doe").

    Example:
        >>> credit_after_caption("Fishing boats in the harbour / Getty Images")
        True
        >>> credit_after_caption("Photo: Jane Doe")
        False
    """
    low = text.lower()
    m = _CAPTION_TAIL.search(low)
    return m is not None and _WORD_CHAR.search(low, 0, m.start()) is not None


def is_related_header(text: str) -> bool:
    """True for a 'Related', 'Read more' or 'Lire aussi' header that opens a link list."""
    return _RELATED_HEADER.match(text.lower()) is not None


def is_footer_start(text: str) -> bool:
    """True for a site's copyright line ("© 2024 Site", "All rights reserved"), which starts
    the page footer; a photo credit such as "© Jane Doe" does not."""
    return len(text) < 300 and _FOOTER.search(text.lower()) is not None


def _is_share_bar(low: str) -> bool:
    """True when the lower-cased line is only share words, even glued ("artikel
    teilenfacebooktwitter")."""
    if len(low) > 120 or _SHARE_START.match(low) is None:
        return False
    letters = _NON_LETTERS.sub("", low)
    if not letters or letters[0] not in _SHARE_BY_START:
        return False
    # Word break over the share vocabulary: ends[i] is None where no split reaches i, else
    # whether a split reaching i used a real share word (not only fillers like "on").
    ends: list[bool | None] = [None] * (len(letters) + 1)
    ends[0] = False
    reach = 0
    for i in range(len(letters)):
        if i > reach:
            return False
        if ends[i] is None:
            continue
        for word in _SHARE_BY_START.get(letters[i], ()):
            if letters.startswith(word, i):
                end = i + len(word)
                ends[end] = bool(ends[end]) or bool(ends[i]) or word not in _FILLER
                reach = max(reach, end)
    return bool(ends[-1])
