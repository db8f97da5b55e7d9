"""English."""

from . import Rules

# "it" as a thing told before, not the "it" of "it is possible", "it emerged that", "it
# rained", "it makes sense to", "it costs £20 to": after an opening phrase, it makes a
# sentence lean ("For systems up to 2 kW, it covers 60 per cent of the cost").
_IT = (r"it(?!\s+(?:is|was|'s|’s|has|had|will|would|may|might|could|can|seems?|seemed|"
       r"appears?|appeared|emerged|became|becomes|remains?|remained|takes?|took|looks?|"
       r"looked|turned|rained|snowed|never|makes?|made|pays?|paid|costs?|helps?|helped|"
       r"matters?|mattered|depends?|depended|should|must|shall|does|did|isn['’]t|"
       r"wasn['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|needs?|"
       r"needed)\b)")

# A phrase of place, time or case opening a sentence, on no price or figure ("In Virginia,
# ...", "For systems up to 2 kW, ..."; not "At £299, ...").
_OPENING_PREPOSITION = (r"^(?:in|at|on|across|throughout|inside|outside|from|for|after|during|"
                        r"under|within|by)\s+(?![$£€\d])")

# A word of an opening phrase that names nothing a pronoun after it could stand for: no
# article, no possessive.
_PLAIN_WORD = r"(?!(?:the|a|an)\b)(?![\w.-]*[’']s\b)[\w’'.$£€%-]+"

# The months' names and their abbreviations.
_MONTHS = (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
           ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
           ("october", "oct"), ("november", "nov"), ("december", "dec"))

RULES = Rules(
    code="en", name="English", punkt="english", snowball="english",
    quotes=("“”", "‘’"),
    copulas=("is", "was"),
    abbreviations=("mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "vs", "e.g",
                   "i.e", "approx", "lt", "col", "capt", "sgt", "rev", "hon", "cf", "mt",
                   "messrs"),
    final_abbreviations=("et al", "st", "jr", "sr", "no", "etc", "dept", "inc", "ltd", "corp",
                         "co", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "u.k",
                         "a.m", "p.m", "sp", "spp"),
    subjectless_verbs=(
                       # according to him or her: the speaker named before
                       "according to him", "according to her", "according to them", "in his view",
                       "in her view", "in his words", "in her words"),
    context_words=("he", "she", "it", "they", "this", "that", "these", "those", "his", "her",
                   "its", "their", "then", "or", "nor", "instead", "now", "thus", "therefore",
                   "otherwise", "hence", "as a result", "for example", "for instance",
                   "by contrast", "in contrast", "on the other hand", "even so", "the latter",
                   # the other of two told before: "The other, the public key, is stored ..."
                   "the other",
                   "the former", "such",
                   # relative to a moment or a claim told before
                   "afterwards", "afterward", "after that", "shortly afterwards",
                   # (and "Days later", "Two years later": ``time_units``)
                   "a short time later", "a while later", "moments later",
                   "the next day", "the following day",
                   "that night", "that evening", "that morning", "that afternoon",
                   "at the time", "by then", "since then", "until then", "in other words",
                   "in turn", "all of that", "all of this",
                   # a part of a group told before: "Among them were three children ..."
                   # (not "among those", "of those": "Among those who spoke was ...")
                   "among them", "of them",
                   # not "in this case", which is often the story's own (a court report's)
                   "in each case", "in both cases", "in either case", "in that case",
                   "in such cases", "in those cases",
                   # the writer conceding or insisting against what came before
                   "obviously", "needless to say", "surely", "after all",
                   # the first of the reasons or steps a sentence before announced
                   "to start", "to begin with", "for starters", "first of all"),
    linking_words=("but", "and", "yet", "still", "however", "meanwhile", "also", "moreover",
                   "furthermore", "in addition", "additionally", "separately", "besides", "indeed",
                   "in fact", "of course", "nevertheless", "nonetheless", "so", "likewise",
                   "similarly", "at the same time"),
    additive_words=("moreover", "furthermore", "in addition", "additionally", "separately"),
    time_units=("decades", "years", "year", "months", "month", "weeks", "week", "days", "day",
                "hours", "hour", "minutes", "minute"),
    later_words=("later",),
    than_words=("than",),
    conjunctions=("but", "and", "yet"),
    leaning_patterns=(
                      # some of them ("Some of them ...", "Much of it ..."): who, only the
                      # sentence before says
                      r"^(?:[^\W\d_][\w'’-]*\s+){1,3}of (?:them|it)\b",
                      r"^the \d+[- ]year[- ]old\b",
                      # "Later, ...", "Later that day ..." (not "Later this year, ...")
                      r"^later\b(?!\s+(?:this|next|in (?:the|this))\b)",
                      # the answer to a question asked before, in a few words ("Because space
                      # travel is anything but easy."), not a cause with its clause ("Because
                      # the bridge was closed, traffic ...", "Because of the storm, ...")
                      r"^because\b(?!\s+of\b)(?![^,;:]*[,;:])(?=(?:\s+\S+){1,11}\s*$)",
                      # a preposition pointing back: "Above that, a smaller share ...",
                      # "Despite this, ...", "On top of that, ..." (not a phrase with its own
                      # verb: "Rather than accept that, the islanders have decided to ...")
                      r"^(?:above|below|beyond|after|before|despite|besides|because of|"
                      r"on top of|apart from|aside from|in addition to|as well as|unlike|"
                      r"given|for all|other than|instead of|along with|against|without)\s+"
                      r"(?:all\s+)?(?:that|this|these|those|them|it)\s*,",
                      # one more of a group told before: "Another wondered ...", "One wrote
                      # ..."
                      r"^(?:another|one|others)\s+(?:said|says|wrote|writes|wondered|asked|"
                      r"added|tweeted|commented|noted|replied|posted|joked)\b",
                      # a short opening phrase, then a pronoun: "With his health failing, he
                      # ...", "In theory, this ..." (a name in the phrase is its referent; and
                      # "it" may point into the phrase: "When the bridge opened, it carried
                      # 8,000 vehicles a day.")
                      r"^[^\W\d_][\w’'-]*(?:\s+(?-i:[a-z0-9])[\w’'-]*){0,5},\s+"
                      r"(?:he|she|they|his|her|their|this|these)\s",
                      # ... and a place, a day or a case is no referent: "In Virginia, they
                      # voted ...", "On Saturday afternoon at Harcourt Oval, it finally got
                      # ...", "For systems up to 2 kW, it covers ..." (not a price: "At £299,
                      # it undercuts ..." under a review's title; nor a phrase naming what
                      # the pronoun may stand for: an article, "After the bridge opened in
                      # 1998, it carried ...", a possessive, "During Okafor's 12 years as
                      # mayor, she ..."; nor "those" defining a group, "those earning ...")
                      _OPENING_PREPOSITION + r"(?:" + _PLAIN_WORD + r"\s+){0,6}"
                      + _PLAIN_WORD + r",\s+(?:he|she|they|his|her|their|this|these|" + _IT
                      + r")\s",
                      # ... and without its comma, a short phrase of time or manner naming
                      # nothing, then "they", the group or the things told before: "Together
                      # they will add ...", "On Monday they voted ..." (not a phrase with an
                      # article or a clause word, whose pronoun the main clause may name: "In
                      # the months before they merged the two lenders ...", "Once they had
                      # agreed the price, the two boards ..."). "Last year she won ..." in a
                      # profile is of the person the title names: the blind graders kept such
                      # a fact over its leaning.
                      r"^(?:(?:in|at|on|during|by|until|within)\s+(?:(?-i:[0-9])[\w’'-]*|"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                      + "|".join(names[0] for names in _MONTHS) + r")"
                      r"(?:\s+(?-i:[0-9])[\w’'-]*)?|today|now|together|yesterday|recently|"
                      r"(?:last|this|next)\s+(?:year|week|month|season|summer|spring|autumn|"
                      r"winter))\s+they\s+(?-i:[a-z])",
                      # ... "that" points back past any phrase: "For a home assessed at the
                      # town average, that works out to roughly $68 a year."
                      _OPENING_PREPOSITION + r"[\w’'.$£€%-]+(?:\s+[\w’'.$£€%-]+){0,6},\s+that\s",
                      # a connective after the subject: "The lawmakers, however, failed ..."
                      r"^[^,;:]{1,40},\s+(?:however|though|meanwhile|too|instead|in turn|"
                      r"therefore|nevertheless|for example|for instance),",
                      r"(?:^|[,”\"]\s*)(?:he|she|they) (?:said|says|added|told|explained|noted|"
                      r"wrote|continued|insisted|argued)\b",
                      # a share of a group named before, as the subject: "About half came out
                      # this year", "Some said they felt dejected", "Both sides said ..."
                      r"^(?:about |nearly |almost |roughly |more than |fewer than )?"
                      r"(?:half|most|some|several|others|none|all|each|the rest)"
                      r"(?: of (?:them|these|those|which|us))? (?:were|was|are|is|have|has|had|"
                      r"said|say|says|came|come|will|would|could|did|do|does|got|went)\b",
                      r"^both (?!the )[\w’'-]+ (?!and\b)",
                      # something like a thing told before: "Trump sent a similar message
                      # ahead of the Virginia elections." (not "similar to ...")
                      r"\b(?:a|an) similar (?!to\b)[\w’'-]+",
                      # the time of a figure told before: "In the same period, the number of
                      # GPs fell by 4%." (not "five in the same period the previous year")
                      r"^(?:in|over|during) the same period\b"
                      r"(?!\s+(?:the\s+)?(?:previous|last|a\s+year|of|in)\b)",
                      # the answer to a question asked before: "For six weeks last winter, the
                      # answer was the Central Library."
                      r"^(?:[^,;:]{1,40},\s+)?the (?:short |simple |real |honest |obvious )?"
                      r"answer(?: to (?:the|that|this|my|our|both|each) (?:(?:first|second|"
                      r"third|last|final|big|obvious) )?(?:questions?|one|first|second|third|"
                      r"last|latter|former))? (?:is|was|lies|lay)\b",
                      # a time of day or a year, then a pronoun: "By 6.15 she has picked up
                      # her first passenger", "In 1998 they moved"
                      r"^(?:by|at|in|after|before|until|around|from|since)\s+\d[\d.:]*"
                      r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\s+(?:he|she|they|his|her|their)\s"),
    epithets=(r"^the (?:(?-i:[A-Z])[\w’'-]+ )?(couple|pair|duo|trio|officers?|suspects?|"
              r"victims?|man|woman|men|women|boy|girl|teen(?:ager)?s?|patient|offender|"
              r"gunman|attacker|actor|actress|singer|star|boss|coach|player|striker|"
              r"quarterback|company|firm|mother|father|son|daughter)",
              # "The two were charged" (not "The four largest banks")
              r"^the (two|three|four|five)(?=\s+(?:were|are|have|had|will|would|said|say|"
              r"told|face|later|also|then)\b)",),
    epithet_relatives=("who", "which", "that", "of"),
    definite_articles=("the",),
    subject_verbs=("is", "was", "are", "were", "has", "had", "have", "will", "would", "could",
                   "can", "may", "might", "should", "must", "did", "does", "said", "says",
                   "also", "then", "later", "now", "still", "already", "only", "never",
                   "reportedly", "came", "comes", "began", "begins", "took", "takes", "made",
                   "makes", "went", "goes", "became", "becomes", "led", "leads", "left",
                   "remains", "remained", "seems", "seemed", "appears", "appeared", "got",
                   "found", "showed", "shows", "wants", "wanted", "includes", "included",
                   "features", "provides", "provided", "follows", "followed", "occurred",
                   "happened", "started", "ended", "struggled", "earned", "reported",
                   "declined", "confirmed", "announced", "added", "told", "faces", "faced"),
    noun_modifiers=("of", "in", "on", "at", "for", "to", "from", "by", "with", "and", "or",
                    "that", "who", "which", "whose", "behind", "between", "about", "over"),
    demonstratives=("this", "these", "those"),
    participle_endings=("ed", "ing"),
    deictic_nouns=("year", "week", "month", "morning", "afternoon", "evening", "night", "weekend",
                   "season", "summer", "winter", "spring", "fall", "autumn", "time", "day", "past",
                   "coming", "century", "decade", "quarter", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday", "article", "story", "post", "page",
                   "days", "years", "weeks", "months", "times"),
    personal_words=("i", "me", "my", "myself", "you", "your", "yours", "yourself",
                    "yourselves"),
    reader_words=("you", "your", "yours", "yourself", "yourselves"),
    amount_words=("million", "billion", "trillion", "bn", "m"),
    percent_words=("percent", "per cent", "pct"),
    unit_words=("miles", "mile", "feet", "foot", "tonnes", "tons", "kilometres", "kilometers",
                "metres", "meters", "acres", "hectares", "degrees"),
    months=_MONTHS,
    date_labels=("published", "posted", "first published"),
    updated_labels=("updated", "last updated", "last modified", "modified"),
    time_ago=(r"\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago",),
    reading_time=("read", "reading time", "read time"),
    minute_words=("min", "mins", "minute", "minutes"),
    boilerplate=("also read", "read also", "read more", "more", "more reading", "related",
                 "related stories", "related articles", "related news", "recommended",
                 "see also", "don't miss", "dont miss", "must read", "trending",
                 "trending now", "watch", "listen", "suggested", "advertisement",
                 "sponsored content", "scroll to continue", "story continues below",
                 "story continues below gallery", "article continues below", "photo:",
                 "image:", "picture:", "file photo", "credit:", "source:", "video:",
                 "share this", "share on", "follow us", "sign up", "subscribe", "click here",
                 "tap here", "have a tip", "have a news tip", "like this story"),
    byline_labels=("by", "written by", "words by", "reporting by", "story by", "posted by",
                   "text by", "reported by", "author", "authors"),
    name_joiners=("and",),
    lede_labels=("update", "breaking", "breaking news", "exclusive", "watch", "analysis",
                 "opinion", "editorial", "review", "live", "video", "photos", "correction",
                 "developing", "just in"),
    about_labels=("about",),
    company_profile=(r"{name},? (?:is|are) (?:a|an|the) (?:[\w-]+ ){0,6}?(?:provider|company|"
                     r"manufacturer|developer|maker|supplier|leader|firm|group|platform|"
                     r"organi[sz]ation|specialist|distributor|producer|operator|innovator|"
                     r"pioneer)s?\b",
                     r"{name},? (?:is|are) headquartered in\b",
                     r"(?:Founded|Established|Headquartered) in [\w ,]{1,40}, {name} (?:is|has)\b"),
    role_words=("writer", "reporter", "correspondent", "editor", "columnist", "contributor",
                "journalist", "producer", "special to", "for", "contributing", "senior",
                "analyst", "critic"),
    calls_to_action=("scroll down", "read more", "pictured", "photographed",
                     "above)", "below)", "left)", "right)", "centre)", "center)", "inset)",
                     "(above", "(below", "(left", "(right", "(centre", "(center", "(inset",
                     "(file photo", "watch the video", "follow us", "follow the latest",
                     # "buy now, pay later" is a story's subject too
                     "buy now",
                     # a police appeal with its numbers ("... call police on 101, quoting
                     # log 5425, or Crimestoppers anonymously on 0800 555 111"); not "a
                     # reward of £50,000 to anyone with information", nor "residents are
                     # asked to contact the council before 31 January"
                     "crimestoppers", "quoting log", "quoting reference",
                     "quoting crime reference", "quoting incident",
                     # saying that nothing was said: "... declined to comment"
                     "declined to comment", "did not immediately respond",
                     "did not respond to a request", "did not return a request",
                     "did not immediately return", "could not be reached for comment",
                     "did not immediately provide", "no further details",
                     "no other details", "was not immediately clear",
                     "were not immediately clear", "was not immediately known",
                     "were not immediately known", "was not immediately available",
                     "no one was available for comment", "has not responded to"),
    list_labels=("step", "tip", "chapter", "part", "reason", "rule", "lesson", "question", "way",
                "no.", "number"),
    salutations=("dear", "hi", "hello"),
    answer_labels=("gentle reader",),
    answer_headings=("the answer", "our answer", "the reply", "answer", "reply",
                     "the response"),
    box_headings=("pros", "cons", "the good", "the bad", "verdict", "the verdict", "our verdict",
                  "pros and cons", "what we like", "what we don't like", "likes", "dislikes"),
    summary_headings=("key points", "key takeaways", "takeaways", "key facts", "tl;dr", "tldr",
                      "summary", "in summary", "what we know", "what we know so far",
                      "at a glance", "in brief", "the short version"),
    editors_notes=("notes to editors", "note to editors", "notes for editors", "note for editors",
                   "editor's notes", "editors' notes", "editor’s notes", "editors’ notes",
                   "notes to the editor"),
    reference_headings=("references", "sources", "notes", "footnotes", "bibliography", "citations",
                        "works cited", "further reading", "reference", "sources and notes",
                        "notes and references"),
    page_talk_openers=("see below", "below is", "below are", "here's what", "here is what",
                       "here's how", "here is how", "here's why",
                       "here is why", "here's a look", "here is a look", "here's our",
                       "here is our", "here are our", "here are my",
                       # a teaser asking the reader to read on: "... on record. Find out why."
                       "find out why", "find out how", "find out what", "find out more",
                       "read on"),
    # an advice column's answer giving its advice
    advice_words=("should", "my advice", "piece of advice", "i would suggest", "i suggest",
                  "i'd suggest", "i would advise", "i advise", "i'd advise",
                  "i would recommend", "i recommend", "i'd recommend", "you need to",
                  "you could", "you might want to", "make sure", "try to"),
    # an answer's advice in the imperative, a connective giving a step before it
    advice_patterns=(
        r"^(?:(?:then|so|and|finally|first|next|also|now|above all|"
        r"in the meantime),?\s+)?(?:please\s+)?(?:do not|don't|never|ask|tell|talk|speak|write|"
        r"decide|agree|keep|make|start|stop|try|consider|give|take|let|put|sit down|say|call|see|"
        r"get|find|check|contact|go|avoid|send|offer|look|think about|remember|accept|explain|"
        r"insist|apply|raise|arrange|build|seek|refuse|invite|bring|email|request|suggest|propose|"
        r"be honest|be clear|be kind)\b",
    ),
    description_labels=("press release", "news release", "media release", "a visit to",
                        "a visit with", "the story of", "a portrait of", "portrait of",
                        "a profile of", "chronicle of", "a chronicle of", "live coverage",
                        "live updates", "live blog", "a report from", "an interview with",
                        "interview with", "in conversation with", "photo gallery", "in pictures",
                        "an account of", "a day with", "a day in the life of"),
    # the page announcing what follows, as the whole line
    announcements=("here's how", "here is how", "here's why", "here is why",
                   "here's how it works", "here is how it works", "this is how it works"),
    page_talk=("scroll down for", "click here",
               # "We check every offer before it goes on this page."
               "on this page", "this page contains", "read our full review", "read our review",
               # a live blog opening or closing itself: "We're ending our live coverage here."
               "ending our live coverage", "this live blog has now closed",
               "this live blog is now closed", "we're pausing our live coverage",
               "that's all from us", "that's it from us for today",
               "read the full review", "in our full review",
               # a correction of the page itself: "Correction, May 23: An earlier version of
               # this article gave the trial area as 41 hectares." (not "An earlier version of
               # this bill ...")
               "an earlier version of this story", "an earlier version of this article",
               "an earlier version of this report", "an earlier version of this post",
               "a previous version of this story", "a previous version of this article",
               "this story has been corrected", "this article has been corrected",
               "this story has been amended", "this article has been amended",
               "this article was amended", "this story was amended", "editor's note",
               # a review's or a trip's disclosure: "Aurelle provided a review unit.", "Our
               # critic dined anonymously and paid for their meal.", "The writer travelled as a
               # guest of Visit Kent."
               "provided a review unit", "provided a review sample",
               "supplied a review unit", "supplied a review sample", "sent us a review",
               "review unit was provided", "review sample was provided",
               "dined anonymously", "paid for their meal",
               "paid for our meal", "paid for his meal", "paid for her meal",
               "accept free meals", "travelled as a guest of", "traveled as a guest of",
               "we may earn a commission", "we may earn an affiliate commission",
               "review copy", "press copy", "advance copy",
               # a site's or an op-ed's disclaimer: "Meridian Science News is not responsible
               # for the accuracy of news releases posted ...", "The views expressed are ..."
               "not responsible for the accuracy of", "necessarily reflect the views",
               "necessarily reflect those of", "the views expressed", "opinions expressed in",
               # an explainer announcing itself: "We answer the questions readers have been
               # sending us."
               "we answer the questions", "we answer your questions", "your questions answered",
               # a quote widget's notice: "Data is a real-time snapshot *Data is delayed at
               # least 15 minutes."
               "data is a real-time snapshot", "data is delayed", "quotes are delayed",
               "quotes delayed by at least",
               # asked, not told: "Sign up for our newsletter", not "... continued to sign up
               # additional subscribers"
               "sign up for our", "sign up for free", "sign up here", "sign up now",
               "sign up today", "sign up below", "sign up to receive", "sign up to get",
               # the writer on the writing: "We reached out to X and will update this story",
               # "Below, we analyze ..."
               "we reached out", "update this story", "update this article",
               "update this post", "this story will be updated", "this is a developing story",
               "check back", "below, we", "in this article, we", "in this post, we",
               "email us", "you can view our", "if you'd like to find out more",
               # the page announcing itself: "Here's what that means.", "Live updates as ..."
               "here's what we know", "here is what we know", "here's what you need to know",
               "here is what you need to know", "here's what that means",
               "here is what that means", "here's what it means", "here is what it means",
               "everything you need to know",
               "all you need to know", "the complete guide to", "our complete guide to",
               # an interview's note: "The conversation has been edited for length and
               # clarity." (not a video that "had been edited for clarity by" someone)
               "has been edited for length", "has been edited for clarity",
               "has been edited and condensed", "has been condensed", "has been lightly edited",
               "have been edited for length", "have been edited for clarity",
               "have been lightly edited", "follow live updates", "live updates as",
               "follow our live", "our live coverage", "read on to find out",
               # the writer steering the reader through the piece: "There is a lot to sort
               # through here.", "Let's dive in."
               "a lot to sort through", "a lot to unpack", "let's dive in", "let's dig in",
               "let's take a look", "let's get started", "let's break it down",
               "without further ado", "we're going to talk about", "we are going to talk about",
               # a column's or a feature's notice about the people in it: "Names and some
               # details have been changed." (not a street's name changed in 1990)
               "names have been changed", "names and some details have been changed",
               "names and details have been changed", "names and identifying details",
               "name has been changed to protect", "details have been changed to protect",
               # sign-offs, and asking the reader to come back
               "if you enjoyed this post", "if you enjoyed this article",
               "if you enjoyed this story", "subscribe to get", "subscribe to our",
               "comments are open",
               # a handle to follow ("Follow @BGRDeals on Twitter", "You can follow her on
               # Twitter @askingamy"), not a story's "followed her on Instagram"
               "follow @", "on twitter @", "on instagram @",
               "thanks for reading", "thank you for reading", "see you next time",
               "until next time", "see you soon", "hope to see you", "stay tuned",
               "happy reading", "have a great day",
               # selling: "Book your tickets through KLOOK easily and ..."
               "book your tickets", "get your tickets", "buy your tickets", "book now",
               "order now", "shop now",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("Follow the latest updates as ...")
               "follow the latest", "follow all the latest", "refresh this page",
               "refresh the page for", "this blog is no longer", "this live blog is no longer",
               "this page is no longer being updated", "bring you the latest",
               "bringing you the latest",
               # ... welcoming its reader or signing off
               # ("Good evening and welcome to our live coverage of ...", "Thanks for following.")
               "welcome to our live", "thanks for following", "thank you for following",
               "that's it from us",
               "this blog is now closed", "this blog has now closed", "here's how it unfolded",
               "here's how the day unfolded",
               # ... or saying when it comes back, or welcoming the reader to it by name
               "full analysis to follow", "full report to follow", "we'll be back with more",
               "we'll be back tomorrow with more", "back tomorrow with more live"),
    offers=(
        # a subscription or a membership of the page's own, opening on its imperative with its
        # price: "Subscribe from just £1 a week and ...", "Subscribe today for just 99p a week"
        # (not the advice of a tip, "Shop around: switching supplier could save £240 a year",
        # nor a service's terms, "the first 30 days free, then $11.99 a month")
        r"^(?:subscribe|sign up|join us|become a (?:member|subscriber))\b[^.!?]{0,80}?{price}",
        # a first box or months: "Get 50% off your first HelloCrate box", "Unlimited digital
        # access costs just £1 a week for your first three months" (a promo code is a deal's,
        # and a deals roundup is made of them: "Use code SPRING40 at checkout to take 40%
        # off"; news of an offer is the story's: "the promise of 65% off your first box was
        # misleading")
        r"^(?:get|save|enjoy|take)\b[^.!?]{0,40}\boff\s+your\s+first\b",
        r"{price}[^.!?]{0,40}?\bfor\s+your\s+first\b",
        # unlimited reading for a price: "Get unlimited access to award-winning journalism for
        # €1 a week ...", "Unlimited digital access for $1 a week for 6 months." (not a
        # story's "Unlimited access to the new gym will cost residents £20 a month")
        r"^(?:get\s+)?unlimited\s+(?:digital\s+)?access\b[^.!?]{0,80}?\bfor\s+(?:just\s+|only\s+)?"
        r"{price}",
        # the book an interview or a review is about, with its price: "The Salt Orchard is
        # published by Harwell Press, £18.99.", "To support Booklight, order a copy from our
        # bookshop for £14.78", "To buy a copy for £16.14, go to ...", "The Salt Orchard by
        # Mira Hale (Harwell Press, 384pp, £18.99) is out now." (not a school told "not to
        # order a copy of the novel")
        r"\bis\s+published\s+by\b[^.!?]{0,80}?(?:\bat\s+|\bfor\s+|,\s*|\()(?:rrp\s+)?{price}",
        r"^(?:to\s+[^,]{1,40},\s+)?(?:order|buy)\s+(?:a|your)\s+copy\b",
        r"^to\s+(?:buy|order)\s+a\s+copy\b", r"\bfrom\s+our\s+bookshop\b",
        r"\([^()]{0,60}{price}\s*\)\s+is\s+(?:out|published|available)\b",
        # a bookmaker's welcome offer: "Bet on the Championship with Oddsline: up to £50 on
        # your first deposit."
        r"^(?:[^\"“”„«»]*:\s)?[^.!?\"“”„«»]{0,60}?{price}"
        r"[^.!?\"“”„«»]{0,40}?\b(?:on|with)\s+your\s+first\s+deposit\b",
    ),
    background_words=("last year", "years ago", "decades ago", "a decade ago", "years earlier",
                      "has long", "have long", "had long", "in recent years",
                      "in the past # years", "over the past # years", "in the last # years",
                      "over the last # years", "in the past decade", "over the past decade",
                      "in the last decade", "first launched", "first introduced",
                      "first released", "first started"),
    review_words=("review",),
    opinion_words=("opinion", "comment", "column", "op-ed", "editorial", "viewpoint", "commentary",
                   "guest column"),
    demand_words=("i am asking", "i'm asking", "i ask", "we ask", "i urge", "we urge", "must",
                  "should", "need to", "needs to", "it is time", "it's time", "let's", "let us"),
    score_words=("out of", "stars", "points"),
    turn_words=("about to change", "set to change", "is changing", "is about to", "will soon",
                "may not", "not for long", "not for much longer", "no longer", "until now",
                "until this year", "that changed", "that has changed", "everything changed",
                "not any more", "not anymore", "that could change", "that may change",
                "is coming to an end"),
    decision_words=("voted", "approved", "decided", "agreed", "confirmed", "announced",
                    "rejected", "signed", "ruled", "granted", "awarded", "pledged"),
    source_words=("according to", "figures from", "figures show", "figures published",
                  "data from", "data show", "data published", "a report", "the report",
                  "new report", "a study", "the study", "new study", "a survey", "the survey",
                  "statistics", "census", "estimates"),
    clock_words=("every morning", "each morning", "o'clock", "half past", "quarter past",
                 "quarter to", "ten to", "twenty to", "five to", "ten past", "twenty past",
                 "minutes to", "minutes past"),
    news_days=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
               "yesterday"),
    news_day_habits=("every", "each", "the", "Good", "Black", "Super", "Cyber", "Mail on"),
    death_words=("has died", "have died", "died", "dies", "dead at", "passed away",
                 "has passed away", "obituary"),
    birth_words=("was born", "born in", "born on", "born to"),
    upbringing_words=("grew up", "was brought up", "the son of", "the daughter of",
                      "his childhood", "her childhood", "went to school"),
    life_routine_words=("funeral", "memorial service", "memorial will be held",
                        "is survived by", "are survived by", "survived by", "will be buried",
                        "burial", "will be laid to rest", "was married to",
                        "death was confirmed", "death was announced", "confirmed her death",
                        "confirmed his death", "announced her death", "announced his death",
                        "half-mast", "half mast", "half-staff", "condolences",
                        "book of condolence", "tributes poured in"),
)
