"""Korean. Written with spaces between words (a word carries its particles: 그는, 정부가) and
full stops, so Punkt's language-independent rules split it; sumy has no stemmer for it, so
words are compared as written, with the commonest particles and endings as stop words."""

from . import Rules

RULES = Rules(
    code="ko", name="Korean",
    quotes=("“”", "‘’", "「」", "『』"),
    # Pronouns and demonstratives with their particles, and the connectives that open a
    # sentence leaning on the one before it. "이" alone is left out: it is also a surname
    # (이 대통령은, President Lee).
    context_words=("그", "그는", "그가", "그의", "그를", "그에게", "그녀", "그녀는", "그녀가",
                   "그녀의", "그들", "그들은", "그들이", "그들의", "이는", "이에", "이를", "이와",
                   "이것은", "이것이", "그것은", "그것이", "그건", "이건", "그게", "이게",
                   "이처럼", "이같이", "이렇게", "그렇게", "이 같은", "그 같은", "이 때문에",
                   "그 때문에", "이에 따라", "그 결과", "하지만", "그러나", "그런데", "그래서",
                   "그러므로", "따라서", "그리고", "또한", "또", "다만", "단", "물론",
                   "게다가", "더구나",
                   "반면", "반면에", "한편", "그러면서", "그럼에도", "그럼에도 불구하고", "즉",
                   "특히", "결국", "이어", "이후", "아울러", "오히려", "그렇지만", "그렇다면",
                   "예를 들어", "예컨대",
                   # "at the time"
                   "당시", "당시에는", "그 당시"),
    # A sentence ending "... 때문이다" (it is because ...) explains the claim before it.
    leaning_patterns=(r"때문이다[.\"”’」』)\s]*$",
                      # "... decided thus" (이같이 결정했다): what, the sentence before says
                      r"(?<![가-힣])(?:이같이|이와 같이)(?![가-힣])"),
    stop_words=("그", "이", "저", "것", "수", "등", "및", "또", "또한", "그리고", "하지만",
                "그러나", "의", "를", "을", "은", "는", "가", "에", "에서", "와", "과", "도",
                "로", "으로", "하는", "하고", "했다", "한다", "있는", "있다", "있었다", "없다",
                "된다", "됐다", "되는", "위해", "대한", "대해", "통해", "따라", "때문에",
                "지난", "오는", "이번", "현재", "이날", "밝혔다", "말했다", "전했다"),
    amount_words=("억", "만", "조", "천", "천만", "억원", "만원", "조원", "천원", "억달러",
                  "만달러", "조달러", "달러", "원", "유로", "위안", "엔"),
    percent_words=("퍼센트", "프로"),
    # Months are numbered: "10월 12일".
    months=tuple((f"{n}월",) for n in range(1, 13)),
    date_labels=("입력", "등록", "기사입력", "승인", "발행"),
    updated_labels=("수정", "최종수정", "업데이트"),
    reading_time=("읽는 시간", "읽기 시간"),
    minute_words=("분",),
    boilerplate=("관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "함께 보면 좋은 기사",
                 "많이 본 뉴스", "많이 본 기사", "추천 기사", "인기 기사", "광고", "사진:",
                 "출처:", "영상:", "공유하기", "기사 공유", "구독하기", "기자 구독",
                 "글자크기", "댓글"),
    role_words=("기자", "특파원", "논설위원", "편집위원", "객원기자", "칼럼니스트"),
    # Particles and endings attach to the word: the asking forms pages write ("구독을 부탁",
    # "구독해 주세요"); "구독을 해지한" (cancelled their subscription) is a story's.
    calls_to_action=("구독", "좋아요", "클릭", "알림 설정", "구독 부탁드립니다", "구독을 부탁드립니다",
                     "구독 부탁합니다", "구독을 부탁합니다", "구독과 좋아요", "좋아요와 구독", "구독하기",
                     "구독해 주세요", "클릭해 주세요", "클릭하세요"),
    summary_headings=("핵심", "요약", "핵심 요약"),
    page_talk=("읽어주셔서 감사합니다", "읽어 주셔서 감사합니다"),
    # Particles attach to the noun ("지난해에는"): the forms pages write are listed.
    background_words=("지난해", "지난해에", "지난해에는", "작년", "작년에", "작년에는", "몇 년 전",
                      "수년 전", "수년간", "수십 년간", "최근 몇 년", "최근 몇 년간"),
    reference_headings=("참고 문헌", "참고문헌", "출처", "각주"),
    death_words=("별세", "별세했다", "타계", "타계했다", "부고"),
    birth_words=("태어났다", "태어나"),
    upbringing_words=("자랐다", "어린 시절"),
    life_routine_words=("장례식", "장례", "빈소는", "빈소", "발인은", "발인"),
)
