"""Chinese: written without spaces; sentences end with 。！？, quotations in “”「」『』."""

from . import Rules

RULES = Rules(
    code="zh", name="Chinese", punkt="chinese", snowball="chinese", unspaced=True,
    quotes=("“”", "「」", "『』", "‘’"),
    speech_verbs=("说", "表示", "称", "指出", "强调", "认为", "介绍", "透露", "回应", "坦言",
                  "写道", "问道", "补充", "說", "稱", "強調", "認為", "介紹", "回應"),
    context_words=("但是", "但", "然而", "不过", "而且", "并且", "此外", "另外", "因此", "所以",
                   "于是", "他", "她", "它", "他们", "她们", "这", "那", "这些", "那些", "其",
                   "此", "同时", "例如", "比如", "与此同时", "对此", "该", "后者",
                   # "at the time", "after that"
                   "当时", "随后", "之后", "此后", "然后"),
    amount_words=("万元", "亿元", "元", "美元", "欧元", "万人", "亿", "万"),
    percent_words=("百分之", "％"),
    months=(
        ("1月", "一月"),
        ("2月", "二月"),
        ("3月", "三月"),
        ("4月", "四月"),
        ("5月", "五月"),
        ("6月", "六月"),
        ("7月", "七月"),
        ("8月", "八月"),
        ("9月", "九月"),
        ("10月", "十月"),
        ("11月", "十一月"),
        ("12月", "十二月"),
    ),
    date_labels=("发布时间", "发布于"),
    updated_labels=("更新时间",),
    reading_time=("阅读", "阅读时长", "阅读时间", "预计阅读"),
    minute_words=("分钟", "分"),
    boilerplate=("相关阅读", "延伸阅读", "相关新闻", "推荐阅读", "广告", "图片来源", "图：", "来源：", "视频：", "分享到",
                 "责任编辑", "关注我们", "点击这里"),
    byline_labels=("记者", "作者：", "文："),
    # Asked, not told: "引起广泛关注" (drew wide attention), "点击量" (clicks) and "扫码支付"
    # (paying by a code) are a story's words.
    calls_to_action=("关注我们", "欢迎关注", "扫码关注", "订阅我们", "点击这里", "点击下方", "点击阅读"),
    summary_headings=("要点", "摘要", "划重点", "要闻速览"),
    page_talk=("感谢阅读", "谢谢阅读", "感谢您的阅读"),
    background_words=("去年", "多年来", "近年来", "长期以来", "几年前", "多年前", "前些年"),
    reference_headings=("参考文献", "参考资料", "注释", "来源"),
    death_words=("逝世", "去世", "病逝", "辞世"),
    birth_words=("出生于",),
    upbringing_words=("童年", "成长于"),
    life_routine_words=("葬礼", "追悼会", "告别仪式"),
)
