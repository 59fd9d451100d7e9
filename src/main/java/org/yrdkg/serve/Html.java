package org.yrdkg.serve;

/** The frame of our HTML pages: title, navigation, a little CSS; content escaped by the callers with {@link #esc}. */
final class Html {
  private Html() {}

  static String esc(String s) {
    return HttpOut.html(s);
  }

  static String page(String title, String body) {
    return """
        <!DOCTYPE html>
        <html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · yrdkg</title>
        <style>
        body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0 auto;max-width:72rem;padding:0 1rem 3rem;color:#222;line-height:1.5}
        nav{padding:.6rem 0;border-bottom:1px solid #ddd;margin-bottom:1rem}nav a{margin-right:1rem}
        a{color:#0b57a4;text-decoration:none}a:hover{text-decoration:underline}
        table{border-collapse:collapse;width:100%%;margin:.5rem 0 1.5rem}td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f6f6}code{font-size:.85em;color:#555;word-break:break-all}mark{background:#ffe066;padding:0 .1em}
        .sub{color:#666}.small{font-size:.85em;color:#666}textarea{width:100%%;font-family:monospace;font-size:.9rem}
        input[type=search]{width:24rem;max-width:100%%;font-size:1rem;padding:.3rem}
        </style></head><body>
        <nav><a href="/">yrdkg</a><a href="/graph">图谱 Graph</a><a href="/query">SPARQL 查询</a><a href="/search">检索 Search</a><a href="/ontology">本体 Ontology</a><a href="/void">VoID</a><a href="/api/openapi.json">API</a></nav>
        %s
        </body></html>
        """.formatted(esc(title), body);
  }
}
