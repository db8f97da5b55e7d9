"""Generate the real-page fixtures in this folder: ``<slug>/source.html`` (+ ``expected.json``).

The NATO seed story is laid into three page templates that reproduce what real news sites do
to an article: a WordPress news theme (sidebar, share bar, "Also Read" box, captions, author
box, cookie notice), an AMP page and a legacy table layout saved as windows-1252 with no
charset declaration. Two more articles, written for Pith, use other layouts.

Run it from the repository root after changing a template:

    python tests/pages/make_pages.py --seed SHARED/seed/000_99a1b1ec5ff4af1c.txt

SHARED is the evaluation folder kept beside the repository. The seed is read only here; the
tests read the generated files, so a clone without it still runs them.
"""

from __future__ import annotations

import argparse
import html
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

SEED_FACTS = [
    "path to NATO membership is “irreversible”",
    "$44.1 billion in military assistance",
    "Ramstein, Germany, on October 12",
]
SEED_EXCLUDE = [
    "Also Read", "About The Author", "Copyright", "All rights reserved", "Share on",
    "Advertisement", "cookies", "NATO chief declares Ukraine membership", "Home »",
    "Trending", "Subscribe", "Photo:", "Related", "Sign up", "Follow us",
]


def parse_seed(path: Path) -> dict:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    caption = lines[3]
    end = lines.index(caption, 4)
    body = lines[4:end]
    also = next(line for line in body if line.startswith("Also Read"))
    return {
        "breadcrumb": lines[0],
        "title": lines[1],
        "standfirst": lines[2],
        "caption": caption,
        "body": body,
        "also_read": also.split(":", 1)[1].strip(),
    }


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def wordpress(seed: dict) -> str:
    paragraphs = []
    for line in seed["body"]:
        if line.startswith("Also Read"):
            paragraphs.append(
                f'<p><strong>Also Read:</strong> <a href="/japan-pm-test/">'
                f'{esc(seed["also_read"])}</a></p>'
            )
        else:
            paragraphs.append(f"<p>{esc(line)}</p>")
        if len(paragraphs) == 3:
            paragraphs.append('<div class="code-block code-block-4"><span>Advertisement</span>'
                              '<ins class="adsbygoogle"></ins></div>')
    body = "\n".join(paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(seed["title"])} - The Eastern Herald</title>
<meta property="og:title" content="{esc(seed["title"])}">
<meta property="og:site_name" content="The Eastern Herald">
<meta property="og:description" content="{esc(seed["standfirst"])}">
<meta property="article:published_time" content="2024-10-03T14:20:00+00:00">
<meta name="author" content="Staff Reporter">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"NewsArticle","headline":{json.dumps(seed["title"])},"datePublished":"2024-10-03T14:20:00+00:00","author":[{{"@type":"Person","name":"Staff Reporter"}}],"publisher":{{"@type":"Organization","name":"The Eastern Herald"}}}}]}}</script>
<link rel="stylesheet" href="/wp-content/themes/newsup/style.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="post-template-default single single-post">
<div id="cookie-notice" class="cookie-notice"><p>We use cookies to give you the best experience on our website. <a href="/privacy">Privacy policy</a> <button>Accept</button></p></div>
<header class="site-header">
  <div class="site-branding"><a href="/">The Eastern Herald</a></div>
  <nav class="main-navigation"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<div id="content" class="site-content">
 <div class="container">
  <div id="primary" class="content-area">
   <main id="main" class="site-main">
    <div class="breadcrumbs"><a href="/">Home</a> » {esc(seed["title"])}</div>
    <article id="post-48211" class="post-48211 post type-post status-publish">
     <header class="entry-header">
      <h1 class="entry-title">{esc(seed["title"])}</h1>
      <div class="entry-meta"><span class="byline">By <a rel="author" href="/author/staff/">Staff Reporter</a></span> <span class="posted-on"><time datetime="2024-10-03T14:20:00+00:00">October 3, 2024</time></span></div>
     </header>
     <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">WhatsApp</a></div>
     <div class="entry-content">
      <p class="standfirst"><em>{esc(seed["standfirst"])}</em></p>
      <figure class="wp-block-image"><img src="/uploads/rutte-kyiv.jpg" alt="{esc(seed["caption"])}"><figcaption>{esc(seed["caption"])}</figcaption></figure>
      {body}
      <figure class="wp-block-image"><img src="/uploads/rutte-zelensky.jpg" alt="{esc(seed["caption"])}"><figcaption>{esc(seed["caption"])}</figcaption></figure>
      <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
     </div>
     <div class="author-box"><h4>About The Author</h4><p>Staff Reporter covers international politics and security for The Eastern Herald.</p></div>
     <div class="related-posts"><h3>Related</h3><ul><li><a href="/a">EU leaders meet in Brussels over budget</a></li><li><a href="/b">Oil prices climb after supply cut</a></li></ul></div>
    </article>
   </main>
  </div>
  <aside id="secondary" class="widget-area">
   <section class="widget"><h2 class="widget-title">Trending</h2><ul><li><a href="/1">Election results live</a></li><li><a href="/2">Storm warning for the coast</a></li><li><a href="/3">Markets close higher</a></li></ul></section>
   <section class="widget newsletter"><h2>Subscribe</h2><p>Sign up for our newsletter to get the top stories in your inbox.</p></section>
  </aside>
 </div>
</div>
<footer class="site-footer"><p>Copyright © 2025 All rights reserved.</p><p>Follow us: <a href="#">Facebook</a> <a href="#">X</a></p></footer>
</body>
</html>
"""


def amp(seed: dict) -> str:
    paragraphs = []
    for line in seed["body"]:
        if line.startswith("Also Read"):
            paragraphs.append(
                '<div class="also-read-box"><span class="label">Also Read</span>'
                f'<a href="/amp/japan-pm-test/">{esc(seed["also_read"])}</a></div>'
            )
        else:
            paragraphs.append(f"<p>{esc(line)}</p>")
        if len(paragraphs) == 2:
            paragraphs.append('<div class="ad-container"><div class="ad-label">Advertisement</div>'
                              '<amp-ad width="300" height="250" type="doubleclick"></amp-ad></div>')
    body = "\n".join(paragraphs)
    return f"""<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{esc(seed["title"])} | Herald AMP</title>
<link rel="canonical" href="https://herald.example/world/nato-ukraine-irreversible/">
<meta name="viewport" content="width=device-width">
<meta property="og:site_name" content="Herald AMP">
<style amp-boilerplate>body{{visibility:hidden}}</style>
<style amp-custom>.article-body p{{font-size:18px}}</style>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":{json.dumps(seed["title"])},"datePublished":"2024-10-03","author":{{"@type":"Person","name":"Desk Editor"}},"publisher":{{"@type":"Organization","name":"Herald AMP"}}}}</script>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/video">Video</a></li></ul></amp-sidebar>
<header class="amp-header"><a href="/">Herald</a><button on="tap:sidebar.toggle">Menu</button></header>
<main>
<article class="amp-article">
 <h1 class="amp-title">{esc(seed["title"])}</h1>
 <p class="amp-meta">By Desk Editor | Updated: October 3, 2024 14:20 IST</p>
 <div class="amp-share"><amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share><span>Share on WhatsApp</span></div>
 <amp-img src="/img/rutte.jpg" width="800" height="450" layout="responsive" alt="{esc(seed["caption"])}"></amp-img>
 <p class="image-caption">Photo: {esc(seed["caption"])}</p>
 <div class="article-body">
 <p class="summary"><strong>{esc(seed["standfirst"])}</strong></p>
 {body}
 </div>
 <div class="tags">Tags: <a href="/t/nato">NATO</a> <a href="/t/ukraine">Ukraine</a></div>
</article>
<section class="more-stories"><h2>Related Stories</h2><ul><li><a href="/x">Ceasefire talks stall again</a></li><li><a href="/y">Winter energy plan unveiled</a></li></ul></section>
</main>
<amp-consent id="consent"><div class="consent-ui">This site uses cookies to personalise content. <button>Accept all cookies</button></div></amp-consent>
<footer><p>© 2025 Herald Media. All rights reserved.</p></footer>
</body>
</html>
"""


def legacy_table(seed: dict) -> str:
    chunks = []
    for line in seed["body"]:
        if line.startswith("Also Read"):
            chunks.append(f'<b>Also Read:</b> <a href="japan.html">{esc(seed["also_read"])}</a>')
        else:
            chunks.append(esc(line))
    body = "\n<br><br>\n".join(chunks)
    return f"""<HTML>
<HEAD>
<TITLE>{esc(seed["title"])}</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD COLSPAN="3"><A HREF="index.html"><IMG SRC="logo.gif" ALT="World Report"></A></TD></TR>
<TR>
<TD WIDTH="160" VALIGN="top" BGCOLOR="#EEEEEE">
<FONT SIZE="2"><A HREF="index.html">Front page</A><BR><A HREF="world.html">World</A><BR><A HREF="europe.html">Europe</A><BR><A HREF="archive.html">Archive</A><BR><A HREF="contact.html">Contact us</A></FONT>
</TD>
<TD WIDTH="10">&nbsp;</TD>
<TD VALIGN="top">
<FONT FACE="Georgia" SIZE="5"><B>{esc(seed["title"])}</B></FONT><BR>
<FONT SIZE="1">Posted 03/10/2024</FONT><BR><BR>
<TABLE ALIGN="right" WIDTH="200"><TR><TD><IMG SRC="rutte.jpg" ALT=""><BR><FONT SIZE="1">{esc(seed["caption"])}</FONT></TD></TR></TABLE>
<FONT FACE="Georgia" SIZE="3">
{body}
</FONT>
<BR><BR>
<FONT SIZE="1">Copyright © 2025 World Report. All rights reserved.</FONT>
</TD>
</TR>
</TABLE>
</BODY>
</HTML>
"""


# --- Two articles written for Pith's tests (our own text) -------------------------------------

HARBOUR_TITLE = "Harbour town votes to restore its 1890s tidal pool"
HARBOUR = [
    "Residents of Port Ellery voted on Tuesday to spend £2.3 million restoring the town’s "
    "Victorian tidal pool, which has stood empty since a storm breached its sea wall in 2019.",
    "The plan passed by 1,846 votes to 1,202 in a referendum that drew 61 per cent of the "
    "electorate, the highest turnout the council has recorded for a local ballot.",
    "Engineers will rebuild the breached section of the wall with granite blocks taken from "
    "the old quarry at Hollin Head, and a new sluice will let the pool refill on every tide.",
    "Council leader Dr. Amira Shah said the result showed “a town that wants its sea front back. "
    "People told us the pool is where they learned to swim,” she added.",
    "Opponents argued the money should go to the crumbling harbour road instead. The campaign "
    "group Fix The Road Ltd. said it would accept the result but keep pressing for repairs.",
    "Work is due to begin in March and the pool should reopen to swimmers by the summer of "
    "2027, the council said.",
    "The pool was first dug in 1893 by fishermen who wanted a safe place for their children to "
    "bathe, and it hosted county swimming galas until the 1960s.",
]
HARBOUR_FACTS = ["£2.3 million", "1,846 votes to 1,202", "reopen to swimmers"]


def harbour() -> str:
    paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in HARBOUR)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(HARBOUR_TITLE)} | Coast Gazette</title>
<meta property="og:site_name" content="Coast Gazette">
<meta name="author" content="Jo Penrose">
<meta property="article:published_time" content="2026-03-10T09:00:00Z">
</head>
<body>
<div class="topbar"><a href="/">Coast Gazette</a> <a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>
<div class="layout">
 <div class="story">
  <h1>{esc(HARBOUR_TITLE)}</h1>
  <div class="byline">By Jo Penrose</div>
  <div class="social-links"><a href="#">Share on Facebook</a> <a href="#">Email</a></div>
  <div class="story-body">
   {paragraphs}
   <p class="newsletter-signup">Sign up to the Coast Gazette morning newsletter for the day’s local news in your inbox.</p>
  </div>
 </div>
 <div class="rail"><h3>Most read</h3><ol><li><a href="/1">Ferry timetable changes</a></li><li><a href="/2">School wins choir prize</a></li></ol></div>
</div>
<div class="footer">© Coast Gazette 2026</div>
</body>
</html>
"""


ROVER_TITLE = "How a student team built a rover that maps caves in the dark"
ROVER_SECTIONS = [
    ("p", "A team of nine engineering students at the Technical University of Valdor has built "
          "a six-wheeled rover that maps limestone caves without GPS or daylight, using a "
          "rotating laser scanner and an inertial sensor the size of a coin."),
    ("p", "The rover, called Lantern, surveyed 740 metres of the Grotte de Saint-Aubin in a "
          "single four-hour run last month, producing a 3D map accurate to within two "
          "centimetres."),
    ("h2", "Why caves are hard"),
    ("p", "Radio signals die within a few metres of rock, so the rover cannot be steered from "
          "outside. It decides its own route, backing out of passages narrower than its "
          "40-centimetre chassis."),
    ("p", "Mud was the bigger enemy. The team’s first prototype stalled after 80 metres when "
          "clay packed its wheel arches, so they redesigned the wheels with open spokes."),
    ("h2", "What comes next"),
    ("p", "Cave rescue services in two regions have asked to test Lantern this winter, "
          "hoping it can scout flooded passages before divers go in."),
    ("ul", ["A lighter battery pack is under test.",
            "The scanner software will be released as open source in the spring."]),
    ("p", "“We wanted something a caver could carry in a rucksack,” said team lead Inès "
          "Moreau. “It weighs 7.5 kilograms, which is about one bag of climbing rope.”"),
]
ROVER_FACTS = ["maps limestone caves", "740 metres", "Cave rescue services"]


def rover() -> str:
    parts = []
    for kind, content in ROVER_SECTIONS:
        if kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{esc(item)}</li>" for item in content) + "</ul>")
        else:
            parts.append(f"<{kind}>{esc(content)}</{kind}>")
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(ROVER_TITLE)}</title>
<meta property="og:site_name" content="Campus Science Blog">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":{json.dumps(ROVER_TITLE)},"datePublished":"2026-02-02","author":{{"@type":"Person","name":"Lea Brandt"}},"publisher":{{"@type":"Organization","name":"Campus Science Blog"}}}}</script>
</head>
<body>
<nav><a href="/">Blog</a> <a href="/about">About</a></nav>
<main>
<article>
<h1>{esc(ROVER_TITLE)}</h1>
{body}
<section class="comments"><h3>3 Comments</h3><div class="comment">Great work, well done to the team!</div></section>
</article>
</main>
</body>
</html>
"""


def write(slug: str, source: str, expected: dict, encoding: str = "utf-8") -> None:
    folder = HERE / slug
    folder.mkdir(exist_ok=True)
    (folder / "source.html").write_bytes(source.encode(encoding))
    (folder / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, required=True, help="the seed article (.txt)")
    args = parser.parse_args()
    seed = parse_seed(args.seed)
    seed_expected = {
        "title": seed["title"],
        "must_include": {"short": SEED_FACTS, "medium": SEED_FACTS, "long": SEED_FACTS},
        "must_exclude": SEED_EXCLUDE,
    }
    write("seed-wordpress", wordpress(seed), seed_expected)
    write("seed-amp", amp(seed), seed_expected)
    write("seed-legacy-table", legacy_table(seed),
          dict(seed_expected, encoding="windows-1252"), encoding="windows-1252")
    write("harbour-pool", harbour(), {
        "title": HARBOUR_TITLE,
        "must_include": {"medium": HARBOUR_FACTS, "long": HARBOUR_FACTS},
        "must_exclude": ["Sign up", "newsletter", "Share on", "Most read", "Log in",
                         "By Jo Penrose", "© Coast Gazette"],
    })
    write("cave-rover", rover(), {
        "title": ROVER_TITLE,
        "must_include": {"medium": ROVER_FACTS, "long": ROVER_FACTS},
        "must_exclude": ["Comments", "Great work", "About"],
    })


if __name__ == "__main__":
    main()
