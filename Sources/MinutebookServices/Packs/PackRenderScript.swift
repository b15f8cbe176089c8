/// The one Python step: WeasyPrint renders the pack's HTML (fetching nothing but `data:` URLs),
/// reports the first page of every anchor (laying out twice when an item fits on one page), and writes the PDF opening with its bookmarks shown.
public enum PackRenderScript {
    public static let source = """
        import json, sys
        import weasyprint
        from weasyprint.urls import URLFetcher

        source, target = sys.argv[1], sys.argv[2]
        with open(source, encoding='utf-8') as f:
            html = f.read()
        def render(html):
            document = weasyprint.HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={'data'})).render()
            anchors = {}
            for number, page in enumerate(document.pages, start=1):
                for name in page.anchors:
                    anchors.setdefault(name, number)
            return document, anchors

        document, anchors = render(html)
        # An item on one page reads "Page 4", not "Pages 4 - 4" (PageSpan): mark those ranges and lay out
        # again. The shorter label sits in a fixed-width cell, so no page moves.
        single = [name for name, page in anchors.items() if anchors.get(name + '-end') == page]
        if single:
            for name in single:
                html = html.replace('class="range" href="#%s"' % name, 'class="range single-page" href="#%s"' % name)
            document, anchors = render(html)

        def finisher(doc, pdf):
            pdf.catalog['PageMode'] = '/UseOutlines'

        document.write_pdf(target, finisher=finisher)
        json.dump({'pages': len(document.pages), 'anchors': anchors}, sys.stdout)
        """
}
