"""The structure every whole HTML page is held to (the same rule as the Swift web tests'
PageStructure): each id appears once, there is one <h1>, and no section is empty (a <section> with
nothing in it, or a heading with nothing under it before the next heading of the same or a higher
rank or the end of its section)."""
import collections
import re

_ID = re.compile(r'\sid="([^"]*)"')
_H1 = re.compile(r"<h1[\s>]")
_EMPTY_SECTION = re.compile(r"(<section[^>]*>)\s*</section>", re.S)
_HEADING = re.compile(r"<h([1-6])[^>]*>((?:(?!</h[1-6]>).)*)</h[1-6]>\s*(?:<h([1-6])|</section>|</main>)", re.S)


def structure_problems(html):
    if not html.lstrip().lower().startswith(("<!doctype html", "<html")):
        return []
    problems = []
    for name, count in sorted(collections.Counter(_ID.findall(html)).items()):
        if count > 1:
            problems.append(f'id "{name}" appears {count} times')
    h1 = len(_H1.findall(html))
    if h1 != 1:
        problems.append(f"{h1} <h1> elements (one expected)")
    problems += [f"empty section {tag}" for tag in _EMPTY_SECTION.findall(html)]
    for rank, text, following in _HEADING.findall(html):
        if not following or int(following) <= int(rank):
            problems.append(f"heading with nothing under it: {text}")
    return problems
