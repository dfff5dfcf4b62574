"""Page chrome: the lines a saved web page carries around an interview (menus, share buttons,
bylines, captions, cookie banners, ads, counters, comment forms, footers).

Every test here looks at one line on its own, so it knows nothing about any particular site;
the parser decides what to do with the answers (drop the line, or end the article).
"""

from __future__ import annotations

import re
import unicodedata

# Menu items, buttons and page furniture: a line that is exactly one of these is chrome.
_CHROME_WORDS = (
    r"top of page|bottom of page|skip to (?:main )?content|skip to navigation|menu|main menu"
    r"|open menu|close menu|close|toggle navigation|search|search for:|home|about|about us"
    r"|contact|contact us|connect|to top|back to top|scroll to top|go to top|subscribe"
    r"|subscribe now|sign in|sign up|log in|log out|login|register|my account|share|share this"
    r"|share on \w+|share via \w+|share to \w+|tweet|tweet this|pin it|facebook|twitter|x"
    r"|instagram|youtube|vimeo|tiktok|linkedin|pinterest|reddit|tumblr|whatsapp|threads|bluesky"
    r"|email|e-mail|print|copy link|link copied|next|previous|prev|next post|previous post|more"
    r"|read more|continue reading|advertisement|advertisements|advert|sponsored|ad|ads"
    r"|sponsored content|like this:|like|liked by \d+ people|loading\.\.\.|related|follow us"
    r"|newsletter|donate|support us|shop|store|blog|news|events|archives|categories|tags"
    r"|accept|accept all|accept cookies|reject|reject all|decline|manage preferences"
    r"|cookie settings|got it|ok|okay|agree|i agree|dismiss|transcript|episode transcript"
    r"|show notes|listen|listen now|play|pause|download|interviews|reviews|features|festivals"
    r"|cancel reply|post comment|submit|send|website|name \*|email \*|comment \*|comment|reply"
    r"|\d+ replies|\d+ likes?|in this article|table of contents|audio|video|watch|watch now"
    r"|all posts|see all|view all|book online|follow|following|top highlight|member-only story"
    r"|get the app|open in app|newer post|older post|newer posts|older posts|load more|δ"
    r"|email this|blogthis!?|share to \w+"
    r"|post not marked as liked|writer['’]s picture|back|return to top|skip to footer"
    r"|verified|reblog|contents|table of contents|[+＋] ?(?:follow|connect|subscribe)"
    # an audio player's and a comment thread's buttons
    r"|download (?:the )?(?:mp3|audio|episode|transcript|pdf)|(?:listen|play)(?: episode)?"
    r" \(\d{1,2}:\d{2}(?::\d{2})?\)|report|save|award|give award|sort by: \w+(?: \w+)?"
    r"|view more comments|load more comments|more replies|continue this thread"
    r"|\[(?:removed|deleted)\]"
    # a search box's placeholder: "Search this site…", "Search the archive"
    r"|search (?:the |this |our )?(?:site|website|archives?|magazine)(?:\.\.\.|…)?"
    r"|search(?:\.\.\.|…)"
)
# Matched against the lowered line: without IGNORECASE the big alternations run ~3x faster.
_CHROME_LINE = re.compile(rf"^(?:{_CHROME_WORDS})[.:!]?$")


def _phrases(alternatives: str) -> frozenset[str]:
    return frozenset(alternatives.split("|"))


# The same furniture in Spanish, French, German, Italian and Portuguese: share, subscribe,
# newsletter, related, comments, read more, tags, ads, cookie buttons, menus (whole lines).
_CHROME_WORDS_ABROAD = _phrases(
    # Spanish
    "compartir|comparte|compartir en facebook|compartir en twitter|compartir en whatsapp"
    "|suscríbete|suscribirse|suscribirme|suscripción|boletín|recibe nuestro boletín"
    "|artículos relacionados|noticias relacionadas|te puede interesar|también te puede interesar"
    "|deja un comentario|dejar un comentario|comentarios|comentar|leer más|seguir leyendo"
    "|etiquetas|publicidad|inicio|buscar|menú|aceptar|rechazar|aceptar todo|rechazar todo"
    "|más información|configurar cookies|responder|enviar|cerrar|anterior|siguiente|imprimir"
    # French
    "|partager|partagez|partager sur facebook|partager sur twitter|s'abonner|s’abonner"
    "|abonnez-vous|je m'abonne|je m’abonne|lettre d'information|lettre d’information"
    "|infolettre|articles similaires|articles liés|à lire aussi|lire aussi|sur le même sujet"
    "|laisser un commentaire|laissez un commentaire|commentaires|commenter|lire la suite"
    "|mots-clés|mots clés|étiquettes|publicité|accueil|rechercher|accepter|refuser"
    "|tout accepter|tout refuser|en savoir plus|paramétrer les cookies|répondre|envoyer|fermer"
    "|précédent|suivant|imprimer"
    # German
    "|teilen|jetzt teilen|artikel teilen|abonnieren|jetzt abonnieren|newsletter abonnieren"
    "|ähnliche artikel|verwandte artikel|das könnte sie auch interessieren|mehr zum thema"
    "|kommentar schreiben|kommentieren|kommentare|weiterlesen|mehr lesen|schlagwörter"
    "|schlagworte|stichwörter|anzeige|werbung|startseite|suche|suchen|akzeptieren|ablehnen"
    "|alle akzeptieren|alle ablehnen|mehr erfahren|einstellungen|antworten|senden|schließen"
    "|zurück|weiter|drucken"
    # Italian
    "|condividi|condividi su facebook|condividi su twitter|iscriviti|iscriviti alla newsletter"
    "|articoli correlati|potrebbe interessarti|ti potrebbe interessare|leggi anche"
    "|lascia un commento|commenti|commenta|leggi di più|continua a leggere|parole chiave"
    "|pubblicità|accetta|rifiuta|accetta tutti|rifiuta tutti|maggiori informazioni"
    "|rispondi|invia|chiudi|precedente|successivo|stampa"
    # Portuguese
    "|compartilhar|compartilhe|partilhar|partilhe|assine|assinar|inscreva-se|subscrever"
    "|assine a newsletter|artigos relacionados|notícias relacionadas|leia também|veja também"
    "|deixe um comentário|deixe seu comentário|deixe o seu comentário|comentários|comentar"
    "|leia mais|ler mais|continuar lendo|continuar a ler|palavras-chave|publicidade|início"
    "|pesquisar|aceitar|rejeitar|aceitar todos|saiba mais|responder|fechar|próximo|imprimir"
    # a search box's placeholder and a section's label, in any of them
    "|buscar en el sitio|buscar en la web|rechercher sur le site|auf der seite suchen"
    "|website durchsuchen|cerca nel sito|pesquisar no site|buscar no site"
    "|entrevistas|entretiens|interviste|críticas|critiques|kritiken|recensioni"
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"
_MONTH_ABROAD = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre|januar|jänner|februar|märz|april|juni|juli|august|september|oktober"
    r"|november|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    r"|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)"
)
# "14 de octubre de 2023", "14 octobre 2023", "14. Oktober 2023", "14 ottobre 2023"
_DATE_ABROAD = (
    rf"\d{{1,2}}\.?(?: de)? {_MONTH_ABROAD}(?: de)?,? \d{{4}}(?:,? \d{{1,2}}[:.h]\d{{2}})?"
)
_DATE = (
    rf"{_WEEKDAY}(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,? (?:at )?\d{1,2}[:.]\d{2}\s*(?:am|pm)?"
    # … and its time zone: "10:00 AM ET", "06.00 BST", "18:30 UTC+2"
    r"(?: (?:[a-z]{0,3}t|utc|gmt)(?:[+-]\d{1,2})?)?)?"
)

# "This interview has been condensed.", "Edited for length and clarity."
_EDITORS_NOTE = (
    r"(?:this |the following )?(?:interview|conversation|transcript|q&a)s? (?:has|have)?"
    r" ?(?:been|was|were|is) (?:lightly )?(?:edited|condensed|translated|conducted"
    r"|(?:automatically |machine[- ])?(?:generated|transcribed))\b.{0,200}"
    r"|(?:(?:lightly )?edited|condensed) for (?:length|clarity|brevity)\b.{0,120}"
    # "This is a rush transcript. It may contain errors.", "Transcripts may contain errors."
    r"|this is an? (?:rush|unedited|uncorrected|raw|preliminary|automated|machine[- ]generated"
    r"|computer[- ]generated|ai[- ]generated) transcript\b.{0,200}"
    r"|(?:this |the )?transcripts? (?:may|might|can|could) contain (?:errors|mistakes|typos)\b"
    r".{0,200}"
)
_EDITORS_NOTE_LINE = re.compile(rf"^(?:{_EDITORS_NOTE})$")

# Where a podcast or a film can be heard or watched, in a "Listen on …" line.
_PLATFORMS = (
    r"apple podcasts|itunes|spotify|google podcasts|youtube(?: music)?|overcast|pocket casts"
    r"|stitcher|castbox|amazon music|audible|soundcloud|deezer|iheart(?:radio)?|podbean|rss"
    r"|mubi|netflix|prime video|apple tv\+?|vimeo|the criterion channel|criterion channel"
    r"|bfi player|kanopy|hulu|max|disney\+"
)

# Chrome that varies: counters, bylines, dates, captions, credits, cookie banners, ad reads.
_CHROME_PATTERN = re.compile(
    r"^(?:"
    r"page \d+ of \d+|\d+ (?:views?|comments?|shares?|likes?|reads?)|\d+ min(?:ute)?s? read"
    # reading times: "7–9 minutes" (a browser's reader view); "… · 12 min read" is below
    r"|\d{1,2}\s*[–-]\s*\d{1,2} min(?:ute)?s?"
    r"|[\d.,]+[km]? (?:followers|following|subscribers|restacks?|responses|claps)"
    # pagination: "Next page »", "« Previous page", "1 2 3 Next ›"
    r"|[«‹<]?\s*(?:next|previous|prev|older|newer)(?: page| article| story)?\s*[»›>]?"
    r"|(?:\d{1,3}|next|prev|previous|[«‹»›…])(?:\s+(?:\d{1,3}|next|prev|previous|[«‹»›…]))+"
    r"|\d+(?:[.,]\d+)?[km]|[·•|/\\–—-]{1,3}"
    r"|listen to (?:this|the) (?:article|story|episode|interview|post)\b.{0,40}"
    # an audio player: "Listen 24:18", "▶ Play episode 00:00 / 24:18"
    r"|[▶►⏵]?\s*(?:listen|play|audio)(?: episode| now)?\s*[·•|:(-]?\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"\)?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    # a comment thread's votes and meta line: "▲ 1.6k ▼", "u/ana_films OP · 6h"
    r"|[▲△⬆↑⇧]\s*(?:[\d.,]+[km]?|vote)?\s*[▼▽⬇↓⇩]?"
    r"|(?:[ru]/[\w-]{2,30}|@[\w.]{2,30})?(?: ?op| ?mod)? ?[·•] ?\d{1,3} ?(?:s|m|h|d|w|mo|y|mins?"
    r"|hrs?|days?|weeks?)(?: ago)?"
    r"|type your email.{0,20}|already (?:have an account|a subscriber)\?.{0,20}"
    # newspapers and newsletters: paywalls, ad slots, e-mail furniture
    r"|supported by|skip advertisement|share full article|(?:the )?(?:story|article) continues"
    r" (?:below|after)\b.{0,40}|you have \d+ free (?:articles?|stories) (?:left|remaining)\b.{0,80}"
    r"|subscribe (?:now )?to (?:continue|keep) reading\b.{0,40}"
    r"|(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b.{0,120}"
    r"|view (?:this email|this newsletter|it|online) in (?:your|a) (?:web )?browser\W{0,2}"
    r"|forwarded this (?:e-?mail|newsletter)\?.{0,60}|unsubscribe\b.{0,80}"
    r"|manage (?:your )?(?:subscription|preferences)\b.{0,40}"
    r"|you (?:are|['’]re) receiving this (?:e-?mail|newsletter)\b.{0,160}"
    # editors' notes, translation credits, embeds and shortcodes left by the page's source
    rf"|{_EDITORS_NOTE}"
    r"|translat(?:ed|ion) (?:from (?:the )?\w+ )?by .{1,80}"
    r"|\[/?(?:caption|embed|gallery|video|audio|youtube|vimeo|image|img)\b.{0,300}"
    r"|(?:watch|see|view|listen to) (?:the|our|a) (?:trailer|clip|teaser|video|episode|podcast"
    r"|full interview)(?: (?:below|here|above|now))?\W{0,2}"
    r"|\d+ views?\s*\d+ comments?|\d+ claps?|watch (?:it )?on \w+(?: \w+)?"
    r"|[\d,.]+[km]? (?:watched|likes|fans|ratings|reviews|lists|reactions|comments|reposts"
    r"|shares)(?:\s*[·•|]\s*[\d,.]+[km]? \w+)*"
    rf"|updated:? {_MONTH} \d{{1,2}}"
    r"|(?:website|instagram|twitter|facebook|linkedin|youtube|tiktok|imdb|vimeo|letterboxd"
    r"|email|e-mail|phone|tel)\s*:\s*\S.{0,100}"
    r"|(?:you are )?visitor (?:number |no\.? |#)?[\d,. ]+"
    r"|[\d,. ]+ (?:visitors?|visits|page ?views|hits)"
    r"|(?:visitors?|visits|page ?views|hits|views|total views)\s*:\s*[\d,. ]+"
    rf"|(?:posted|published|updated|last updated|first published|air ?date|aired|first aired"
    rf"|original air date|broadcast)(?: on| at)?:? (?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?,? )?"
    rf"{_DATE}.{{0,80}}"
    # a paywall's offer: "Subscribe for $1", "Join from £3 a month"
    r"|(?:subscribe|join|sign up|start|try)\b.{0,30}\b(?:for|from|at) (?:just |only )?[$€£]\s?\d"
    r"[\d.,]*\b.{0,40}"
    r"|(?:posted|published|written) by .{0,80}|(?:posted|published|filed) (?:in|under) .{0,80}"
    r"|(?:photo|photograph|image|picture|still|credit|photo credit|image credit|courtesy|caption"
    r"|pictured|above|below|top|header image|featured image|cover image)s?"
    r"(?: by| of| courtesy of| from)?\s*[:©|].{0,200}"
    r"|\(?(?:photos?|images?|stills?|photographs?) (?:by|courtesy of|credit|©) .{0,160}"
    r"|(?:an? )?(?:production )?(?:stills?|photo|image|frame) from .{0,160}"
    r"|©.{0,200}|copyright\b.{0,200}"
    rf"|{_DATE}"
    # social posts: tags, note counts, "View all 87 comments", "2 DAYS AGO", "r/movies"
    r"|[ru]/[\w-]{2,30}|level \d{1,2}"
    r"|#[\w-]+(?:[ \w-]*\s+#[\w-]+)+[ \w-]*|[\d,.]+[km]? notes"
    r"|view all [\d,.]+ comments|\d{1,3} (?:minutes?|hours?|days?|weeks?|months?) ago"
    r"|\[(?:end of (?:transcript|interview|recording)|end)\]"
    r"|(?:and )?we['’]ll be right back\b.{0,120}"
    r"|(?:stay with us|more after (?:the|this) break)\b.{0,80}"
    r"|(?:contact(?: us)?|email|e-mail|tel|phone|follow)\s*:?\s*\S+@\S+\.\w+.{0,80}"
    r"|\S+@\S+\.\w+|https?://\S+|www\.\S+|(?:[a-z0-9-]{2,}\.)+[a-z]{2,12}"
    # a reply's quote header: "On Mon, May 6, 2024 at 10:14 AM Sam Reyes <sam@…> wrote:"
    # (a time or an address in it: "On her birthday in 1998 my father wrote:" is an answer's)
    r"|on [^.?!]{0,40}\d{4}\b.{0,120}(?:\d:\d\d|@).{0,120} wrote:"
    r"|-{2,}\s*original message\s*-{2,}"
    # a mail app's signature: "Sent from my iPhone", "Get Outlook for Android"
    r"|sent from my \w+(?: \w+){0,2}|(?:sent from|get) (?:outlook|mail|gmail|yahoo mail) for \w+"
    r"|powered by .{0,60}|(?:wordpress )?theme(?: by|:) .{0,60}|proudly powered by .{0,60}"
    r"|save my name, email.{0,200}|notify me of .{0,120}"
    r"|(?:sign up|subscribe)(?: to| for)? (?:our|the) (?:newsletter|mailing list).{0,120}"
    r"|subscribe to (?:our|the|my) .{0,60}|follow us on .{0,60}|click to \w+ .{0,80}"
    r"|follow [^.?!]{1,40} on (?:instagram|twitter|x|facebook|tiktok|youtube|vimeo|letterboxd"
    r"|threads|bluesky|linkedin)\b.{0,80}|@[\w.]+"
    r"|share this (?:article|story|post|interview"
    r"|page)\W{0,2}|(?:tags?|topics?|keywords|labels?)\s*:.{0,200}|(?:read more|also read|read next"
    r"|related|see also|more)\s*:.{0,200}|continue reading\b.{0,80}|(?:images?|photos?) via .{0,80}"
    r"|advertisement\s*[-–—:]\s*.{0,60}|scroll (?:down|to continue).{0,60}"
    # a Markdown image, linked or not: "![Ana on set](https://…/ana.jpg)"
    r"|\[?!\[[^\]]{0,300}\]\([^)\s]{1,500}(?:\s+\"[^\"]{0,200}\")?\)(?:\]\([^)\s]{1,500}\))?"
    # reactions under a post: "👏 214 · 💬 6", "♥ 1.2k"
    r"|[^\w\s!-~]{1,3}\s*\d[\d.,]*[km]?(?:\s*[·•|/]?\s*[^\w\s!-~]{1,3}\s*\d[\d.,]*[km]?)*"
    # a newsletter box: "Get the best of film in your inbox every Friday.", "Enter your email"
    r"|(?:get|receive|sign up|subscribe|join|the best of)\b.{0,80}\b(?:in|to|into|straight to)"
    r" your inbox\b.{0,80}"
    r"|(?:enter|type|add|your) (?:your )?e-?mail(?: address)?(?: here| below)?\W{0,3}"
    r"|e-?mail address\W{0,3}"
    # a podcast's or a film's platforms: "Listen on Apple Podcasts | Spotify | RSS"
    r"|(?:listen|subscribe|follow|watch|stream(?: it)?|available|find (?:us|it))"
    r"(?: now| free| to (?:the|this|our) (?:episode|podcast|show))? (?:on|in|via|at|from)"
    rf" (?:{_PLATFORMS})\b[^.?!]{{0,100}}"
    # where the piece first ran: "A version of this interview first appeared in Sight Lines."
    r"|(?:this|(?:a|an earlier|a shorter|a longer) version of this) (?:interview|article|piece"
    r"|conversation|story|q&a|feature) (?:was |has been )?(?:originally |first )?(?:published"
    r"|appeared|ran)\b.{0,160}"
    # links to more: "Read our review of Salt.", "Read the full interview here."
    r"|read (?:our|the full|the) (?:full )?(?:review|interview|piece|article|feature|story"
    r"|coverage|transcript)\b.{0,80}"
    # asks for support: "Support independent film writing: become a member."
    r"|support (?:us|our|independent|the|this)\b.{0,100}\b(?:patreon|member(?:ship)?|patron"
    r"|donat\w*|subscri\w*|ko-fi)\b.{0,80}|become a (?:member|patron|supporter|paid subscriber)"
    r"\b.{0,120}|(?:never|don['’]t) miss (?:a|an|another) (?:interview|episode|story|post"
    r"|review|issue|newsletter|update|thing)\b.{0,100}"
    r"|(?:enjoyed|like[d]?|love[d]?) this (?:piece|article|interview|post|story|conversation"
    r"|newsletter|episode)\?.{0,200}"
    # who paid for the piece: "This interview was supported by the Film Fund."
    r"|(?:this|the) (?:interview|article|conversation|piece|series|feature|coverage|podcast"
    r"|episode|q&a|column|newsletter|profile) (?:is|was|has been) (?:generously |kindly )?"
    r"(?:supported|funded|sponsored|made possible|produced|presented) (?:by|with|thanks to"
    r"|in partnership with)\b.{0,200}"
    r")$",
    # matched against the lowered line, like _CHROME_LINE
)

# A caption that ends with its credit: "… as Leila. Photo courtesy of Eastward Films.",
# "Ana Ruiz in Tide (Courtesy of Mubi)"; the credit is a name ("Photo by photo, we rebuilt
# it." is an answer). Captions are short: a longer line is not tried.
_CAPTION_CREDIT = re.compile(
    r"^(?:.{0,200}[.)]\s+(?:photo(?:graph)?|image|still|picture)s?\s+(?:courtesy of|by|©)"
    r"\s*(?:the\s+)?(?-i:[A-ZÀ-Þ])[^.]{0,100}\.?"
    r"|.{0,200}\((?:(?:photo|image|still)s?\s+)?(?:courtesy(?: of)?|©)\s*(?:the\s+)?"
    r"(?-i:[A-ZÀ-Þ])[^)]{0,80}\)\.?)$",
    re.IGNORECASE,
)
_LONGEST_CAPTION = 300

# Two patterns that scan ahead for a word or a sign, tried only on a line that holds it.
_CHROME_PATTERN_INBOX = re.compile(
    r"^.{0,80}\bdelivered (?:to|into|straight to) your inbox\b.{0,80}$"
)
# A link button: "Watch Sunflower Static ›", "Read the review →" (not a «quoted» title).
_LINK_BUTTON = re.compile(r"^[^.?!«]{1,59}[›→»]$")

# Labelled lines and notices abroad: "Etiquetas: drama, Valencia", "Lire aussi : …",
# "Todos los derechos reservados.", "Publicado el 14 de octubre de 2023" (matched lowered).
_CHROME_PATTERN_ABROAD = re.compile(
    r"^(?:(?:etiquetas|temas|mots[- ]clés|étiquettes|thèmes|schlagw[öo]rte?r?|stichw[öo]rter"
    r"|themen|parole chiave|argomenti|palavras-chave|leer más|lee también|ver también"
    r"|lire (?:la suite|aussi)|voir aussi|à lire aussi|weiterlesen|mehr zum thema|siehe auch"
    r"|leggi anche|vedi anche|leia (?:mais|também)|veja também)\s*:.{0,200}"
    r"|(?:todos los derechos reservados|tous droits réservés|alle rechte vorbehalten"
    r"|tutti i diritti riservati|todos os direitos reservados)\b.{0,80}"
    r"|(?:publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato"
    r"|aggiornato|atualizado)(?: el| le| am| il| em| on)? (?:\w+, )?"
    rf"{_DATE_ABROAD}.{{0,80}}|{_DATE_ABROAD}"
    r")$"
)

# The two patterns of _CHROME_PATTERN that scan ahead for a separator, apart: a line with no
# separator at all (most paragraphs) cannot match them, and they were half its time.
_SEPARATORS = "·•|"
_CHROME_PATTERN_SEPARATED = re.compile(
    r"^(?:"
    # "By the Editors · 12 min read"
    r".{0,80}[·•|]\s*\d{1,2} min(?:ute)?s? read"
    # "**Reel Notes** · Oct 3, 2024": the outlet's or author's name beside the date
    rf"|[^.?!]{{1,60}}\s[·•|]\s+{_DATE}(?:\s*[·•|]\s*[^.?!]{{0,40}})?"
    r")$",
    # matched against the lowered line, like _CHROME_PATTERN
)

# Bylines: the name after "By" is capitalised, which tells "By Marta Lind" from "By the end".
_BYLINE = re.compile(
    r"^(?:(?:(?:interview|interviewed|words|text|story|written|reporting|edited|compiled"
    r"|conducted) by|(?-i:B[yY])) "
    r"(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}(?: on .{0,40})?(?:\s*[,|•·—–-]\s*.{0,60})?"
    r"|(?:author|words|editor|contributor|reporter|writer)\s*:\s*(?-i:[A-Z])[\w.'’-]+"
    r"(?: [\w.'’-]+){0,3})$",
    re.IGNORECASE,
)

# Chrome found inside a longer line (a cookie banner, an ad read, a caption's credit). Trying
# these at every position of every line is most of the chrome step's time, so they are only
# tried on a line that holds one of the words each of them needs (_CHROME_INSIDE_WORDS).
_CHROME_INSIDE = re.compile(
    r"^(?:"
    r".{0,80}\((?:photo|image|still)s?(?: by| credit)?[:]? .{0,80}\)"
    r"|.{0,120}\ball rights reserved\b.{0,80}"
    # a caption that ends with its credit: "Ana Ruiz in Valencia. Credit: Sara Ortiz"
    r"|.{0,200}[.)]\s+(?:photo(?:graph)?|image|credit|photo credit|image credit)s?\s*:"
    r"\s*[^.]{1,100}\.?"
    r"|.{0,200}\b(?:uses cookies|use cookies|use of cookies|cookie policy|accept cookies"
    r"|cookie preferences|privacy policy|utiliza(?:mos)? (?:las |os )?cookies"
    r"|usa(?:mos)? (?:las |os )?cookies|utilis(?:e|ons) (?:des |les )?cookies"
    r"|verwende[tn] cookies|nutz(?:t|en) cookies|utilizza(?:mo)? (?:i )?cookie"
    r"|política de cookies|politique (?:de|relative aux) cookies|cookie-richtlinie)\b.{0,300}"
    r"|.{0,200}\b(?:is brought to you by|are brought to you by|this (?:episode|show|podcast)"
    r" is (?:sponsored|supported|made possible)|support for (?:this|the) (?:show|podcast|episode)"
    r" comes from|use (?:promo |the |discount )?code [A-Z0-9]{2,}|promo code)\b.{0,300}"
    r"|.{0,60}\(opens in (?:a )?new (?:window|tab)\)"
    r")$",
    re.IGNORECASE,
)


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    # One search for all the words: twice as quick as one `in` per word.
    return re.compile("|".join(re.escape(word) for word in words))


# Words that each pattern of _CHROME_INSIDE needs (compared in lower case).
_CHROME_INSIDE_WORDS = (
    "(photo", "(image", "(still", "rights reserved", "cookie", "privacy policy", "brought to you",
    "sponsored", "supported", "made possible", "support for", "code", "opens in", "photo:",
    "photograph:", "image:", "credit:", "photos:", "images:", "credits:",
)  # fmt: skip
# Words that each pattern of _AD_OR_BREAK needs.
_AD_OR_BREAK_WORDS = ("brought to you", "sponsored", "supported", "made possible", "code", "back")
_MENTIONS_CHROME_INSIDE = _any_of(_CHROME_INSIDE_WORDS)
# Each of those words holds one of these: three times quicker to look for one by one than the
# regex above, and most lines (paragraphs of answers) hold none of them.
_CHROME_INSIDE_HINTS = (
    "(", ":", "reserved", "cookie", "privacy", "brought", "sponsored", "support", "possible",
    "code", "opens",
)  # fmt: skip
_MENTIONS_AD_OR_BREAK = _any_of(_AD_OR_BREAK_WORDS)
# The longest line each pattern matches in practice (its widest bounded alternatives, rounded
# up; the unbounded ones are links, counters and addresses): a longer line, such as most
# paragraphs of an answer, is not tried.
_LONGEST_CHROME_WORD = 60
_LONGEST_CHROME_PATTERN = 400
_LONGEST_BUTTON_ROW = 300
_LONGEST_CHROME_INSIDE = 560
_LONGEST_CHROME_ABROAD = 240
_LONGEST_SPACED_MENU = 200
_LONGEST_FOOTER_START_ABROAD = 200

# The footers a site also sets into an article as a box of headlines (is_sidebar): "Related
# stories", a news site's lists ("Most Read", "Popular now", "Top stories"), "Read next".
_SIDEBAR_HEADINGS = (
    r"trending(?: now| stories| today)?|most (?:read|popular|viewed|shared|e-?mailed"
    r"|commented)(?: (?:stories|articles|now|today|this week))?|popular (?:now|today|this week"
    r"|stories|articles)|top stories|editor['’]?s picks|recommended (?:for you|reading|stories)"
    r"|related(?: posts| articles| stories| interviews| reading| content| news| videos)?"
    r"|read (?:next|also)|see also|you (?:may|might) also (?:like|enjoy).*|latest (?:news|stories)"
    r"|more (?:in|from|stories|interviews|articles|like this)\b.*"
)
# Where an article ends and the page's footer begins: everything from here on is dropped,
# once at least one question has been seen.
_END_OF_ARTICLE = re.compile(
    rf"^(?:{_SIDEBAR_HEADINGS}"
    r"|leave a (?:reply|comment)|(?:\d*|no) ?comments?(?: \(\d+\))?|post a comment|add a comment"
    r"|write a comment|join the (?:conversation|discussion)"
    r"|recent posts|popular posts|latest posts|what to read next|suggest a story\b.*"
    r"|contact info|contact information|image credits?|photo credits?|about the author"
    r"|share this(?: article| story| interview| post)?|tags?|filed under\b.*|categories"
    r"|previous post|next post|sign up for our newsletter.*|subscribe to our.*"
    r"|(?:\d+|one|two|three) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to)\b.*"
    r"|thanks for reading\b.*|discover more from\b.*|written by\b.*|screenings|showtimes"
    r"|screening times|where to watch|credits|cast (?:and|&) crew|about the (?:director|film)"
    r"|(?:director['’]s )?(?:biography|filmography)"
    # a film's card under the article: "2024 · Directed by …", "★★★★ 4.1 average rating"
    r"|\d{4}\s*[·•|,–—-]\s*directed by\b.*|[★☆½]{1,6}(?:\s.*)?|[\d.]+ average rating\b.*"
    r"|your email address will not be published.*|copyright\b.*|all rights reserved.*"
    # a news site's footer: "Topics", "Reuse this content", "From the Archive"
    r"|topics|reuse this (?:content|article|story)|from (?:the|our) archives?"
    # a box about the guest under the piece: "About the Alumna", "About the Filmmaker"
    r"|about (?:the|our) (?:alumn(?:a|us|i|ae)|artists?|filmmakers?|guests?|interviewees?"
    r"|speakers?|panell?ists?|writers?|contributors?|directors?|actors?|actress)"
    # a shop box: "Gear mentioned in this article", "Products featured"
    r"|(?:gear|kit|equipment|products?) (?:mentioned|featured|used)(?: in this \w+)?"
    # reader-engagement widgets: WordPress's "Like Loading...", "Was this article helpful?"
    r"|like loading\W*|loading\.\.\.|was this (?:article|story|interview|post) helpful\b.*"
    r"|rate this (?:article|story|interview|post)\b.*"
    r"|disclaimer\s*:\s*(?:the )?(?:views|opinions)\b.*"
    r")[.:!]?$",
    # matched against the lowered line
)

_SOCIAL = (
    r"facebook|twitter|x|instagram|youtube|vimeo|tiktok|linkedin|pinterest|reddit|tumblr"
    r"|whatsapp|threads|bluesky|email|e-mail|print|copy link|messenger|telegram|flipboard"
    r"|correo|courriel|mail"
)
# A row of share or follow buttons on one line: "Share on Facebook Share on Twitter",
# "Facebook Twitter Email", "Share: Facebook | X | Copy link".
_BUTTON_ROW = re.compile(
    r"^(?:(?:share(?: this)?|compartir|compartilhar|partilhar|partager|teilen|condividi)"
    r"(?: (?:on|via|en|sur|auf|su|em|no))?\s*:?\s*)?"
    r"(?:(?:(?:share|post|send) (?:on|via|to) |follow us on |pin on )?"
    rf"(?:{_SOCIAL}|share|tweet|pin it)\s*[,|·•/]?\s*){{2,}}$",
    # matched against the lowered line
)
_ACCOUNT_BUTTON = re.compile(
    r"^(?:[+＋] ?)?(?:follow|following|subscribe|subscribed|sign in|sign up|log in|get the app"
    r"|verified|connect)$",
    re.I,
)
_DATE_LINE = re.compile(rf"^{_DATE}$", re.IGNORECASE)
_COUNTER = re.compile(r"^\d{1,6}(?:[.,]\d+)?[kKmM]?$")
_FACT_LINE = re.compile(
    r"^(?:born|lives|based in|hometown|nationality|age|education|studied|films?|filmography"
    r"|awards?|prizes?|festivals?|selected films|recent films|known for|runtime|running time"
    r"|country|language|genre|premiere|world premiere|in cinemas|release date|out now|cast"
    r"|starring|director|directed by|year|rating)\s*:\s*\S",
    # matched against the lowered line
)
_RULE_CHARS = "-*_=~—–•·"
_RULE = re.compile(r"^(?:[-*_=~—–•·]\s*){3,}$")
_EMPHASISED = re.compile(r"^(?P<mark>\*\*|__|\*|_)(?P<inner>[^*_].*?)(?P=mark)$")
# A menu or breadcrumb written on one line: "Home | Reviews | Interviews", "Home › News".
_MENU_SEPARATORS = re.compile(r"\s+[|•·›»>/]\s+")
_SPEAKER_PREFIX = re.compile(
    r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?[^\W\d_][\w .'’ʻ-]{0,38}?"
    r"(?:\s*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]])?\s*:\s+"
)


def is_chrome(line: str) -> bool:
    """Whether a whole line (already stripped) is page furniture rather than interview text."""
    if _matches_chrome(line) or is_rule(line):
        return True
    if len(line) <= _LONGEST_BUTTON_ROW and _BUTTON_ROW.match(line.lower()):
        return True
    if len(line) <= _LONGEST_ICON_ROW and not line.isascii() and _is_icon_row(line):
        return True
    if len(line) <= _LONGEST_CONTACT_LINE and _is_contact_or_call(line.lower()):
        return True
    if len(line) <= _LONGEST_MASTHEAD_LINE and _is_masthead_line(line):
        return True
    # "*Posted in Interviews · 5 min read*": Markdown emphasis around a byline or a caption.
    emphasised = _EMPHASISED.match(line) if line[0] in "*_" else None
    if emphasised and _matches_chrome(emphasised.group("inner").strip()):
        return True
    # In a transcript the chrome can come after a speaker label: "Host (01:20): We'll be right
    # back", an ad read in the host's voice.
    if ":" not in line or not _mentions(line.lower(), _MENTIONS_AD_OR_BREAK):
        return False
    unlabelled = _SPEAKER_PREFIX.sub("", line, count=1)
    return unlabelled != line and bool(unlabelled) and _matches_ad_or_break(unlabelled)


_LONGEST_ICON_ROW = 60
_LONGEST_CONTACT_LINE = 200
_LONGEST_MASTHEAD_LINE = 100
# A news site's masthead: "Wednesday, October 8, 2025 | 52°F Partly cloudy", "Westbrook 54°F",
# "Oct 8, 2025 Updated 2 hrs ago", "Issue 47 — Spring 2025"; a post's counts: "247 · 5".
_MASTHEAD_LINE = re.compile(
    rf"^(?:(?:{_DATE}\s*[|·•,–—-]?\s*)?(?:[^\W\d_][\w .'’-]{{0,30}}\s)?-?\d{{1,3}}\s?°\s?[fc]?"
    r"\b[^.?!\d]{0,30}"
    rf"|(?:{_DATE}\s*[|·•,–—-]?\s*)?(?:updated|posted|published) (?:\d{{1,2}}|an?) (?:secs?"
    r"|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?) ago"
    r"|(?:issue|vol\.|volume) ?#?\d{1,4}(?:\s*[,|·•–—-]\s*[^.?!]{1,40})?"
    r"|[\d.,]+[km]?(?:\s*[·•|]\s*[\d.,]+[km]?)+)$",
    re.IGNORECASE,
)


def _is_masthead_line(line: str) -> bool:
    if "°" in line or " ago" in line:
        return bool(_MASTHEAD_LINE.match(line))
    first = line[:1]
    return (first.isdigit() or first in "IiVv") and bool(_MASTHEAD_LINE.match(line))


# The writer's address under the piece: "Greg Patterson can be reached at greg@…", "Email me
# at ana@…"; a button to the film: "Watch Paper Moons now", "Stream Tide today".
_CONTACT_OR_CALL = re.compile(
    r"^(?:(?:[\w.'’-]+ ){1,4}(?:can|may) be (?:reached|contacted|e-?mailed) (?:at|on|via|by)\b"
    r".{0,120}|(?:e-?mail|write to|contact|reach) (?:me|us|him|her|them|the (?:writer|author"
    r"|reporter|editor))(?: at| on| via)? \S+@\S+.{0,60}"
    r"|(?:watch|stream|rent|buy|listen to) [^.?!]{1,60} (?:now|today|here)\W{0,2})$"
)


def _is_contact_or_call(lowered: str) -> bool:
    if "reached" in lowered or "contacted" in lowered or "@" in lowered:
        return bool(_CONTACT_OR_CALL.match(lowered))
    return lowered.startswith(("watch ", "stream ", "rent ", "buy ", "listen to ")) and bool(
        _CONTACT_OR_CALL.match(lowered)
    )


_ICON_ROW_LABEL = re.compile(
    r"^(?:share(?: this)?|follow(?: us)?|compartir|compartilhar|partilhar|partager|teilen"
    r"|condividi)\s*:?\s+",
    re.IGNORECASE,
)


def _is_icon_row(line: str) -> bool:
    """ "Share this: 𝕏  f  in  ✉", "✉ 🔗 ♥": share buttons copied as their icons, one or two
    characters each, at least one of them a symbol, under a label or three at least (so "Share
    it" or a list's "✓ No" is no row)."""
    unlabelled = _ICON_ROW_LABEL.sub("", line, count=1)
    tokens = unlabelled.split()
    return (
        0 < len(tokens) <= 10
        and (len(tokens) >= 3 or unlabelled != line)
        and all(len(token) <= 2 for token in tokens)
        and any(unicodedata.category(char)[0] == "S" for token in tokens for char in token)
    )


def is_account_button(line: str) -> bool:
    """ "Follow", "Subscribe", "Sign in": the buttons under a site's or an author's name."""
    return bool(_ACCOUNT_BUTTON.match(line))


def is_date(line: str) -> bool:
    return bool(_DATE_LINE.match(line))


def is_counter(line: str) -> bool:
    """A bare count ("42", "1.2K"): likes, claps or comments when two come together."""
    return line[:1].isdigit() and bool(_COUNTER.match(line))


def is_fact_line(line: str) -> bool:
    """A fact box's line ("Born: 1989, Cádiz", "Awards: Best Short"): chrome between the
    questions, though before them it may be the intro."""
    return len(line) <= 100 and ":" in line and bool(_FACT_LINE.match(line.lower()))


def is_rule(line: str) -> bool:
    """A horizontal rule: "---", "* * *", "___", "———"."""
    return line[:1] in _RULE_CHARS and bool(_RULE.match(line))


def is_editors_note(sentence: str) -> bool:
    return bool(_EDITORS_NOTE_LINE.match(sentence.lower()))


def is_letter_head(line: str) -> bool:
    """ "From: Festival Press Office", "Dear colleagues,": an e-mail's headers and greeting."""
    return bool(_LETTER_HEAD.match(line.lower()))


def is_sign_off(line: str) -> bool:
    """ "Best regards," above the sender's name, "TOMORROW: …": what closes a letter or an
    issue after the interview."""
    return bool(_SIGN_OFF.match(line.lower()))


_LETTER_HEAD = re.compile(r"^(?:(?:from|to|cc|date|sent):\s.{1,120}|dear [^.?!]{1,40},)$")
_SIGN_OFF = re.compile(
    # (quoted or not: "> Best regards," closes the interviewer's mail under a reply)
    r"^(?:>\s*)*(?:(?:(?:best|kind|warm|warmest|with best) regards|regards|best wishes"
    r"|(?:yours )?sincerely|yours truly|all the best|cheers),?"
    # a short closing needs a letter's comma: "Best," "Thanks," over the sender's name
    # ("Thanks," is left out: the parser reads a line opening with thanks as the host's)
    r"|(?:best|all best|warmly|love|take care|talk soon|speak soon|yours|cheers|x+),"
    # an e-mail's signature separator ("-- "), quoted or not
    r"|--)$"
    # the interviewer's own mail, quoted under the last reply: "> Looking forward to reading
    # these!" ("Thanks again for having me." unquoted is the guest's answer)
    r"|^(?:>\s*)+(?:looking forward to|thanks again|thanks in advance"
    r"|hope (?:this|these|that) (?:helps?|works?))\b.{0,100}$"
    # a teaser for the next issue: "TOMORROW: Five questions for the jury president"
    r"|^(?:tomorrow|coming up|next week|next issue|next time|coming soon|in the next issue)"
    r"\s*:\s.{1,120}$"
)


def is_closing_note(paragraph: str) -> bool:
    """ "Ana Ruiz writes about film for Reel Notes.", "Tidewater Shorts is supported by the
    Arts Fund.": the writer's bio or who funded the piece, under the last answer. (The caller
    makes sure the paragraph does not speak in the first person.)"""
    if _CLOSING_NOTE.match(paragraph):
        return True
    if _GUEST_BIO.match(paragraph):
        return not _FIRST_PERSON_ABROAD.search(paragraph.lower())
    return (" said" in paragraph or " says" in paragraph or " told" in paragraph) and bool(
        _REPORTED_SPEECH.match(paragraph)
    )


def is_release_note(paragraph: str) -> bool:
    """ "Low Tide is now playing in select cinemas.", "«Marea» se estrena en cines el 3 de
    mayo.": where and when the film can be seen, as the outlet says it under the interview."""
    if _RELEASE_NOTE.search(paragraph):
        return True
    lowered = paragraph.lower()
    return (
        bool(_RELEASE_NOTE_ABROAD.search(lowered))
        and not _FIRST_PERSON_ABROAD.search(lowered)
        and not _PRONOUN_ABROAD.match(lowered)
    )


_NAME_WORD = r"(?-i:[A-ZÀ-Þ])[\w.'’&-]+"
_CLOSING_NOTE = re.compile(
    # the writer's bio: "Maria Lopez writes about animation for The Long Take.", "Sam Ortiz is
    # a contributing editor at Reel Notes."
    # (a handle may follow the name: "Sam Ortiz (@samortiz) is a critic at …")
    rf"^(?:(?:{_NAME_WORD} ){{2,4}}?(?:\([^)]{{1,40}}\) )?(?:writes (?:about|on|for)\b"
    r"|reviews (?:films|movies)\b"
    r"|covers\b|is (?:a|an|the|our) (?:[\w-]+ ){0,4}?(?:critic|writer|journalist|editor"
    r"|contributor|reporter|correspondent|columnist|programmer|podcaster)s?"
    # where they write, a name ("a brilliant editor, and she cut it fast", "the editor of the
    # film" are an answer's words)
    r"(?: and (?:[\w-]+ ){0,2}?[\w-]+)? (?:(?:at|for|of|with|based in|living in) (?:the )?"
    r"(?-i:[A-ZÀ-Þ])|who (?:writes|covers)\b|whose\b)).{0,240}"
    # who funded it, a name: "Tidewater Shorts is supported by the Arts Fund.", "Supported by
    # Film Fund North." ("Gennaro was supported by his daughter." is an answer's)
    rf"|(?:(?:{_NAME_WORD} ){{1,5}}?(?:is|was|are|were|has been|have been) (?:generously"
    r" |kindly )?(?:supported|funded|sponsored|made possible|presented) (?:by|with|thanks to"
    r"|in partnership with)|(?:supported|funded|made possible) by|with (?:the )?(?:generous )?"
    r"support (?:of|from)) (?:the )?(?-i:[A-ZÀ-Þ]).{0,200}"
    r")$",
    re.IGNORECASE,
)
_GUEST_BIO = re.compile(
    # the guest's bio, a name + born, studied or lives, in any of the languages: "Tobias
    # Vogt, born 1981 in Greifswald, studied …", "Lucía Ibarra, nacida en Hermosillo en 1984, …"
    rf"^(?:(?:{_NAME_WORD} ){{0,3}}{_NAME_WORD},? \(?(?:born|b\.|geboren|geb\.|nacid[oa]|née?"
    r"|nat[oa]|nascid[oa]) (?:in |en |à |a |em |am |le |el |il )?(?:\d{4}|(?-i:[A-ZÀ-Þ])).{0,300}"
    rf"|(?:{_NAME_WORD} ){{1,3}}{_NAME_WORD} (?:was born|grew up|lives(?: and works)?|graduated"
    r"|studied|lebt(?: und arbeitet)?|studierte|vive|estudió|vit|a étudié|ha studiato|estudou)"
    # … and where, a name: "studied directing at the HFF", "lebt in Leipzig"
    r"(?: [\w ]{1,40}?)? (?:at|in|from|an der|am|en|à|a|em) (?:the |der |la )?(?-i:[A-ZÀ-Þ])"
    r".{0,300})$",
    re.IGNORECASE,
)
# A news article going on under the interview, quoting someone else: "\"When public money is
# involved, people are entitled to ask,\" Malhotra said.", "Councillor Dev Malhotra, who chairs
# the arts committee, said he would raise it." (The caller keeps a paragraph that says "I".)
_REPORTED_SPEECH = re.compile(
    rf"^(?:[\"“][^\"”]{{10,400}}[,?!—-][\"”] (?:(?:{_NAME_WORD} ){{0,2}}{_NAME_WORD}|he|she|they)"
    rf" (?:said|says|added|told (?:[\w']+ ){{0,3}}?(?:{_NAME_WORD}|reporters|us|him|her))\b"
    r".{0,200}"
    rf"|(?:[\w'’.-]+ ){{0,4}}?{_NAME_WORD} {_NAME_WORD}, [^,]{{3,100}}, (?:said|says|told|added)\b"
    r".{0,300})$"
)
_RELEASE_NOTE = re.compile(
    r"\b(?:now playing|playing (?:in|at) (?:select|selected|cinemas|theaters|theatres)"
    # "in select cinemas", "in UK and Irish cinemas", "in theaters and on demand"
    r"|in (?:[\w&-]+ ){0,3}?(?:cinemas|theaters|theatres)|(?:is|are) (?:now |being )?released"
    r"|(?:will be|to be) released|(?:is|are) out (?:now|today|on|in)"
    r"|opens (?:friday|this|next|nationwide|everywhere|wide|today|tomorrow)"
    r"|(?:arrives|lands|hits) (?:in |on )?(?:cinemas|theaters|theatres|screens|digital"
    r"|streaming|netflix|mubi|blu-ray|dvd)|tickets (?:are )?(?:available|on sale)"
    r"|(?:(?:is|are) (?:now )?|now )(?:showing|screening) (?:at|in|on)|stream(?:s|ing) now on"
    # the film + a screening verb + a place or a date: "Ironwood world premieres in the
    # Berlinale Panorama on 15 February", "… screens again at the Senior Film Festival"
    r"|(?:screens?|plays?|shows?|(?:world |international |north american |european )?"
    r"premieres?|returns|tours) (?:again |next |later |once more |(?:this|next) (?:week|month"
    r"|weekend|year|spring|summer|autumn|fall|winter) )?(?:at|in|on|during) (?:the )?"
    r"(?-i:[A-Z0-9])\w*"
    # "… is available to rent or buy on Apple TV", "… will be released by Northway"
    r"|available to (?:rent|buy|stream|own|watch|download)|released (?:by|through) (?-i:[A-Z])\w*"
    # "The Coastline Film Festival runs Oct. 18 to 26. Tickets for … are on sale at …"
    r"|(?:festival|series|season|retrospective|program(?:me)?|showcase)\b.{0,40}\b(?:runs"
    r"|takes place|is held|continues) (?:from |until |through |at |in |on )?(?-i:[A-Z0-9])\w*"
    r"|tickets\b.{0,60}\b(?:available|on sale)"
    # a run at a venue, a release on a date: "… runs at the Film Forum from January 10",
    # "… premieres May 9 on Streamix", "… opens on 12 June"
    r"|runs (?:at|in) (?:the )?(?-i:[A-Z])\w*|stream(?:s|ing) (?:now )?on (?-i:[A-Z])\w*"
    rf"|(?:premieres?|opens|debuts|screens|streams|arrives|lands|airs) (?:on |from )?{_WEEKDAY}"
    rf"(?:{_MONTH} \d|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH})"
    r")\b",
    re.IGNORECASE,
)
# The same notes in Spanish, French, German, Italian and Portuguese (matched lowered).
_RELEASE_NOTE_ABROAD = re.compile(
    r"\b(?:se estrena|llega a (?:los )?cines|en cines (?:el|desde|a partir)|sort (?:en salles"
    r"|au cinéma)|(?:en salles?|au cinéma) (?:le|dès|à partir)|im kino|kinostart|läuft ab"
    r"|(?:al cinema|nelle sale) (?:dal|da|il)|esce (?:al cinema|nelle sale)|estreia (?:nos|em|a)"
    r"|chega aos cinemas|nos cinemas (?:a partir|em|no)|em cartaz|(?:está )?disponible en"
    r"|(?:est )?disponible sur|verfügbar auf|disponibile su|disponível (?:na|no|em))"
)
_FIRST_PERSON_ABROAD = re.compile(
    r"\b(?:yo|mi|mis|nosotros|nuestr[oa]s?|je|j['’]|moi|mon|ma|mes|nous|notre|ich|mich|mir"
    r"|mein\w*|wir|uns|unser\w*|io|mio|mia|miei|mie|noi|nostr[oaie]|eu|meu|minha|meus|minhas"
    r"|nós|noss[oa]s?)\b"
)
_PRONOUN_ABROAD = re.compile(
    r"(?:él|ella|ellos|ellas|esta|este|esto|il|elle|ils|elles|ce|cette|er|sie|es|das|dies"
    r"|lui|lei|questo|questa|ele|ela|eles|elas|isso|isto)\b"
)


def is_section_kicker(paragraph: str) -> bool:
    """ "STUDENT AWARDS ROUNDUP", "MUSIC / Review: …": a section's name in capitals (or a
    kicker over a slash) heading the page's next piece."""
    kicker, slash, _rest = paragraph.partition(" / ")
    name = kicker if slash else paragraph
    return (
        len(name) <= 40
        and name.isupper()
        and sum(char.isalpha() for char in name) >= 4
        and bool(_SECTION_NAME.match(name))
    )


# Words in capitals without a sentence's or a label's marks ("NO!" or "PV:" are no section).
_SECTION_NAME = re.compile(r"^[^\W\d_][\w&'’ -]{2,39}$")


def thanked_name(paragraph: str) -> str:
    """The name a closing thanks opens with ("Thanks so much Dana!! …" → "Dana"), or ""."""
    if not paragraph.startswith(("Thank", "Many thanks", "Big thanks", "A big thank")):
        return ""
    thanks = _THANKS_BY_NAME.match(paragraph)
    return thanks.group("name") if thanks else ""


# (the name is a capitalised word that is not the start of a sentence: "Thanks. So …")
_THANKS_BY_NAME = re.compile(
    r"^(?:thanks|thank you|many thanks|big thanks|a big thank you)(?: (?:so|very) much| again)?"
    r",? (?-i:(?P<name>[A-ZÀ-Þ][\w'’-]+))(?:,? for [^.!?]{1,60})?[.!]+(?:\s|$)",
    re.IGNORECASE,
)


def is_film_card(line: str) -> bool:
    """ "2024 · Directed by Rafael Costa": the card a film site puts under the article, whose
    first line is the film's title."""
    return bool(_FILM_CARD.match(line.lower()))


_FILM_CARD = re.compile(r"^\d{4}\s*[·•|,–—-]\s*directed by\b")


# A question under one of those is the interview going on (comments, tags, credits and the
# like end it for good).
_SIDEBAR = re.compile(rf"^(?:{_SIDEBAR_HEADINGS})[.:]?$")


def is_sidebar(line: str) -> bool:
    """Whether a footer-like line is one a site also sets into an article as a box."""
    return len(line) <= 80 and bool(_SIDEBAR.match(line.lower()))


def is_end_of_article(line: str) -> bool:
    """Whether a line starts the page's footer (comments, related posts, credits)."""
    lowered = line.lower()
    if _END_OF_ARTICLE.match(lowered):
        return True
    if len(line) <= _LONGEST_READER_PROMPT and _mentions(lowered, _MENTIONS_READER_PROMPT):
        return bool(_READER_PROMPT.match(lowered))
    if lowered.startswith("more ") and len(line) <= 60 and _MORE_FROM_SECTION.match(line):
        return True
    return len(line) <= _LONGEST_FOOTER_START_ABROAD and (
        lowered.rstrip(".:! ") in _END_OF_ARTICLE_ABROAD
        or lowered.startswith(_END_OF_ARTICLE_ABROAD_STARTS)
        or (lowered[:1].isdigit() and bool(_COMMENT_COUNT_ABROAD.match(lowered)))
    )


# A prompt to the readers under the piece: "Which film made you cry? Tell me in the comments.",
# "Are you a graduate? Share your story with us: …" (matched lowered; a sentence of its own).
_READER_PROMPT = re.compile(
    r"^(?:.{0,200}[?!.]\s+)?(?:let (?:me|us) know|tell (?:me|us)|share (?:your|their)"
    r"(?: [\w'’-]+){1,3}?|drop (?:a|your|me a) [\w'’-]+|leave (?:a|your) [\w'’-]+"
    r"|sound off)\b[^.?!]{0,60}?\b(?:in the comments|(?:in the )?comments below|below|with us)"
    r"\b.{0,100}$"
)
_MENTIONS_READER_PROMPT = _any_of(
    ("let me know", "let us know", "tell ", "share ", "drop ", "leave ", "sound off")
)
_LONGEST_READER_PROMPT = 400
# "More Behind the Screen:", "More Film Features": the site's next row of links, a section's
# capitalised name (an answer's "More than that:" has no capital after "More").
_MORE_FROM_SECTION = re.compile(
    r"^More(?: (?:the|of|and|in|on|from|&|[A-Z][\w'’&-]*)){0,5} [A-Z][\w'’&-]*:?$"
)

# The footer's headings in Spanish, French, German, Italian and Portuguese.
_END_OF_ARTICLE_ABROAD = _phrases(
    "artículos relacionados|noticias relacionadas|notas relacionadas|entradas relacionadas"
    "|publicaciones relacionadas|te puede interesar|también te puede interesar"
    "|deja un comentario|deja tu comentario|dejar un comentario|escribe un comentario"
    "|comentarios|etiquetas|lee también|ver también"
    "|articles similaires|articles liés|articles connexes|à lire aussi|lire aussi"
    "|sur le même sujet|laisser un commentaire|laissez un commentaire|laissez votre commentaire"
    "|commentaires|mots-clés|mots clés|étiquettes"
    "|ähnliche artikel|verwandte artikel|das könnte sie auch interessieren|mehr zum thema"
    "|kommentar schreiben|kommentare|schlagwörter|schlagworte"
    "|articoli correlati|potrebbe interessarti|ti potrebbe interessare|leggi anche"
    "|lascia un commento|commenti|parole chiave"
    "|artigos relacionados|notícias relacionadas|leia também|veja também|deixe um comentário"
    "|deixe seu comentário|deixe o seu comentário|comentários|palavras-chave"
)
# Newsletter boxes, comment forms and copyright lines that open the footer.
_END_OF_ARTICLE_ABROAD_STARTS = (
    "suscríbete a nuestr", "suscríbete al boletín", "abonnez-vous à notre",
    "abonnez-vous à la newsletter", "inscrivez-vous à notre", "abonnieren sie unseren",
    "melden sie sich für unseren", "iscriviti alla nostra", "iscriviti alla newsletter",
    "assine a nossa", "assine nossa", "inscreva-se na nossa", "inscreva-se em nossa",
    "tu dirección de correo electrónico no será publicada", "votre adresse e-mail ne sera pas",
    "votre adresse de messagerie ne sera pas", "ihre e-mail-adresse wird nicht",
    "il tuo indirizzo email non sarà", "o seu endereço de e-mail não será",
    "o seu endereço de email não será", "todos los derechos reservados",
    "tous droits réservés", "alle rechte vorbehalten", "tutti i diritti riservati",
    "todos os direitos reservados",
)  # fmt: skip
_COMMENT_COUNT_ABROAD = re.compile(
    r"^\d+ (?:comentarios?|commentaires?|kommentare?|commenti|commento|comentários?)$"
)


def _is_chrome_word(lowered: str) -> bool:
    return bool(_CHROME_LINE.match(lowered)) or lowered.rstrip(".:!… ") in _CHROME_WORDS_ABROAD


def _matches_chrome(line: str) -> bool:
    lowered = line.lower()
    length = len(line)
    if length <= _LONGEST_CHROME_WORD and (
        _is_chrome_word(lowered) or (_has_arrow(lowered) and _LINK_BUTTON.match(lowered))
    ):
        return True
    # A link or an address can be any length, but has no spaces.
    short = length <= _LONGEST_CHROME_PATTERN or " " not in line
    if short and (
        _CHROME_PATTERN.match(lowered)
        or (_has_separator(lowered) and _CHROME_PATTERN_SEPARATED.match(lowered))
        or _is_byline(line, lowered)
    ):
        return True
    # Most lines are an answer's paragraphs, longer than the chrome tried here.
    if length <= _LONGEST_CHROME_ABROAD and (
        (_might_be_chrome_abroad(lowered) and _CHROME_PATTERN_ABROAD.match(lowered))
        or ("inbox" in lowered and _CHROME_PATTERN_INBOX.match(lowered))
    ):
        return True
    inside = length <= _LONGEST_CHROME_INSIDE and _mentions_chrome_inside(lowered)
    if inside and _CHROME_INSIDE.match(line):
        return True
    if length <= _LONGEST_CAPTION and _mentions_credit(lowered) and _CAPTION_CREDIT.match(line):
        return True
    return _is_menu(line)


def _has_separator(lowered: str) -> bool:
    return "·" in lowered or "•" in lowered or "|" in lowered


def _mentions_credit(lowered: str) -> bool:
    return " by " in lowered or "courtesy" in lowered or "©" in lowered


def _might_be_chrome_abroad(lowered: str) -> bool:
    # What each pattern of _CHROME_PATTERN_ABROAD needs: a label's colon, a date's day, or
    # one of the words it opens with.
    return ":" in lowered or lowered[:1].isdigit() or lowered.startswith(_CHROME_ABROAD_STARTS)


_CHROME_ABROAD_STARTS = (
    "todos", "tous", "alle", "tutti", "publicado", "actualizado", "publié", "mis à jour",
    "veröffentlicht", "aktualisiert", "pubblicato", "aggiornato", "atualizado",
)  # fmt: skip


def _has_arrow(lowered: str) -> bool:
    return "›" in lowered or "→" in lowered or "»" in lowered


def _is_byline(line: str, lowered: str) -> bool:
    # Every byline opens with one of these letters (by, interview, words, text, author…).
    if lowered[:1] in "abceirstw" and _BYLINE.match(line):
        return True
    return (
        lowered[:1] in "deiptv"
        and lowered.startswith(_BYLINE_ABROAD_STARTS)
        and bool(_BYLINE_ABROAD.match(line))
    )


# "Por Andrés Molina | 14 de octubre de 2023", "Propos recueillis par Léa Roy", "Von Jonas
# Weber", "di Marco Sereni | 22 settembre 2023": a first and a last name at least, so "Par
# moments, je doutais" is no byline.
_BYLINE_ABROAD = re.compile(
    r"^(?:(?:entrevista|texto|texte|propos recueillis|interview|text|intervista|testo)"
    r" (?:de|por|par|von|di) |(?-i:P[oO][rR]|P[aA][rR]|V[oO][nN]|[dD][iI]) )"
    r"(?-i:[A-ZÀ-Þ])[\w.'’-]+(?: (?-i:[A-ZÀ-Þ])[\w.'’-]+){1,3}(?:\s*[,|•·—–-]\s*.{0,60})?$",
    re.IGNORECASE,
)
_BYLINE_ABROAD_STARTS = (
    "por ", "par ", "von ", "di ", "entrevista ", "texto ", "texte ", "propos ", "interview ",
    "text ", "intervista ", "testo ",
)  # fmt: skip


def _mentions_chrome_inside(lowered: str) -> bool:
    for hint in _CHROME_INSIDE_HINTS:
        if hint in lowered:
            return _mentions(lowered, _MENTIONS_CHROME_INSIDE)
    return False


def _mentions(lowered: str, needed: re.Pattern[str]) -> bool:
    return bool(needed.search(lowered))


_AD_OR_BREAK = re.compile(
    r"^(?:.{0,200}\b(?:is brought to you by|are brought to you by|this (?:episode|show|podcast)"
    r" is (?:sponsored|supported|made possible)|use (?:promo |the |discount )?code [A-Z0-9]{2,})"
    r"\b.*|(?:and )?we['’]ll be right back\b.{0,120})$",
    re.IGNORECASE,
)


def _matches_ad_or_break(text: str) -> bool:
    return bool(_AD_OR_BREAK.match(text))


def _is_menu(line: str) -> bool:
    if "   " in line:
        return _is_spaced_menu(line)
    if len(line) <= _LONGEST_SPACED_MENU and "  " in line and _is_spaced_menu(line):
        return True
    # (Spelled out: any() over a generator costs six times as much, on every line.)
    if not (
        "|" in line
        or "•" in line
        or "·" in line
        or "›" in line
        or "»" in line
        or ">" in line
        or "/" in line
    ):
        return False
    items = _MENU_SEPARATORS.split(line)
    if len(items) < 2:
        return False
    if all(_is_chrome_word(item.strip().lower()) for item in items):
        return True
    # Three or more short items with no sentence in them: a menu, not a title.
    short = all(1 <= len(item.split()) <= 3 and not re.search(r"[.?!,;]", item) for item in items)
    # A breadcrumb of two under a site's section: "Interviews / Music Video" ("Home / Away" or
    # "Love / Hate" may be a film's title).
    return short and (
        len(items) >= 3
        or any(sep in line for sep in "›»>")
        or items[0].strip().lower() in _SECTIONS
    )


_SECTIONS = _phrases(
    "interviews|interview|reviews|features|news|festivals|blog|events|archives|categories"
    "|culture|arts|entertainment|magazine|columns|podcasts|entrevistas|interviste|críticas"
    "|kritiken|critiques"
)


def _is_spaced_menu(line: str) -> bool:
    """ "Sign in   Create account   Films   Lists": a menu whose links a copy left apart
    by runs of spaces — four or more short items with no sentence in them; or buttons
    ("Subscribe   Sign in", "Aceptar  Rechazar")."""
    items = re.split(r"\s{2,}", line)
    if len(items) >= 2 and all(_is_chrome_word(item.lower()) for item in items):
        return True
    # Two spaces also part the words of a justified line: there, each item must be a link's
    # capitalised name ("Inicio  Críticas  Entrevistas  Contacto").
    return (
        len(items) >= 4
        and all(1 <= len(item.split()) <= 3 and not re.search(r"[.?!,;:]", item) for item in items)
        # (one link may open in lower case: "… Classifieds  e-Edition")
        and ("   " in line or sum(not item[:1].isupper() for item in items) <= len(items) // 5)
    )


def menu_block(lines: list[str]) -> bool:
    """ "Menu / Movies / TV Shows / Sign In", one link a line: a block of three or more
    short lines without sentences, two of them at least the usual menu words."""
    if len(lines) >= 2 and lines[0].lower() in _CONTENTS_HEADINGS:
        return True  # a table of contents
    if len(lines) < 3:
        return False
    short = all(len(line.split()) <= 3 and not re.search(r"[.?!,;:]", line) for line in lines)
    return short and sum(1 for line in lines if _matches_chrome(line)) >= 2


def is_bare_domain(line: str) -> bool:
    """ "cinephilequarterly.example": a site's address alone, under its name in reader view."""
    return bool(_BARE_DOMAIN.match(line.lower()))


def is_reading_time(line: str) -> bool:
    return bool(_READING_TIME.match(line.lower()))


_BARE_DOMAIN = re.compile(r"^(?:www\.)?(?:[a-z0-9-]{2,}\.)+[a-z]{2,12}$")
_READING_TIME = re.compile(r"^\d{1,2}(?:\s*[–-]\s*\d{1,2})? min(?:ute)?s?(?: read)?$")

_CONTENTS_HEADINGS = {"contents", "table of contents", "in this article", "on this page"}

# "INTERVIEWEE: Chidi Okonkwo", "LOCATION: Zoom": a transcript's record sheet.
_RECORD_FIELD = re.compile(
    r"^(?P<field>interviewer|interviewee|guest|host|date|location|place|recorded|recorded on"
    r"|duration|length|transcribed by|transcriber|language)\s*:\s*(?P<value>[^.?!]{1,60})$",
    re.IGNORECASE,
)


def record_field(line: str) -> tuple[str, str] | None:
    """The field and value of a record-sheet line, or None."""
    match = _RECORD_FIELD.match(line)
    return (match.group("field").lower(), match.group("value").strip()) if match else None
