/// The one Python step: WeasyPrint renders the pack's HTML (fetching nothing but `data:` URLs),
/// reports the first page of every anchor, and writes the PDF opening with its bookmarks shown.
enum PackRenderScript {
    static let source = """
    import json, sys
    import weasyprint
    from weasyprint.urls import URLFetcher

    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding='utf-8') as f:
        html = f.read()
    document = weasyprint.HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={'data'})).render()
    anchors = {}
    for number, page in enumerate(document.pages, start=1):
        for name in page.anchors:
            anchors.setdefault(name, number)

    def finisher(doc, pdf):
        pdf.catalog['PageMode'] = '/UseOutlines'

    document.write_pdf(target, finisher=finisher)
    json.dump({'pages': len(document.pages), 'anchors': anchors}, sys.stdout)
    """
}
