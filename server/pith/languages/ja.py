"""Japanese: written without spaces; sentences end with 。！？, quotations in 「」『』."""

from . import Rules

RULES = Rules(
    code="ja", name="Japanese", punkt="japanese", snowball="japanese", unspaced=True,
    quotes=("「」", "『』", "“”"),
    quote_continuations=("と", "って", "との", "という", "など"),
    speech_verbs=("述べ", "語っ", "話し", "話す", "言っ", "強調", "説明", "指摘", "明らかにし"),
    context_words=("しかし", "だが", "でも", "また", "さらに", "そして", "それで", "そのため",
                   "このため", "これ", "それ", "あれ", "この", "その", "彼", "彼女", "彼ら",
                   "一方", "ただ", "なお", "つまり", "例えば", "ところが", "それでも",
                   "同氏", "同社", "同市", "同省", "そんな", "こんな", "あんな",
                   # "at the time" ("after that", それから and その後, lean by それ and その)
                   "当時"),
    # A sentence ending "...からだ。" or "...ためだ。" (it is because ...) explains the claim
    # before it, unless it states the claim itself ("電車が止まったのは大雪のためだ。").
    leaning_patterns=(r"^(?!.*のは).*(?:から|ため)(?:だ|です|である)[。」』）\s]*$",
                      # "(It is) because ..., and ...": its first clause gives the reason (not
                      # からで, mostly "from": "試合は午後7時からで、...")
                      r"^(?![^、。]*のは)[^、。]*ためで、"),
    amount_words=("万円", "億円", "兆円", "円", "ドル", "ユーロ", "万人", "億", "兆"),
    percent_words=("パーセント", "％"),
    months=(
        ("1月",),
        ("2月",),
        ("3月",),
        ("4月",),
        ("5月",),
        ("6月",),
        ("7月",),
        ("8月",),
        ("9月",),
        ("10月",),
        ("11月",),
        ("12月",),
    ),
    date_labels=("公開日", "配信"),
    updated_labels=("更新日",),
    reading_time=("で読めます", "で読める", "読了時間", "読了目安"),
    minute_words=("分",),
    boilerplate=("関連記事", "あわせて読みたい", "こちらもおすすめ", "広告", "写真：", "写真:", "出典：", "動画：", "シェア",
                 "フォローする", "購読する", "ここをクリック"),
    byline_labels=("文：", "記者："),
    # Asked, not told: "購読料" (a subscription's price) and "フォローアップ" are a story's words.
    calls_to_action=("購読はこちら", "購読する", "フォローする", "フォローお願い", "フォローしてください",
                     "ここをクリック", "クリックしてください", "ニュースレター"),
    summary_headings=("ポイント", "要点", "まとめ", "この記事のポイント"),
    page_talk=("最後までお読みいただき", "最後まで読んでいただき"),
    background_words=("昨年", "去年", "長年", "近年", "数年前", "何年も前"),
    reference_headings=("参考文献", "出典", "脚注", "参考資料"),
    death_words=("死去", "亡くなった", "逝去", "訃報"),
    birth_words=("生まれ",),
    upbringing_words=("育った", "幼少期"),
    life_routine_words=("葬儀", "告別式", "通夜"),
)
