"""Turkish."""

from . import Rules

RULES = Rules(
    code="tr", name="Turkish", punkt="turkish", snowball="turkish",
    quotes=("“”", "«»", "‘’"),
    abbreviations=("dr", "prof", "doç", "av", "vb", "vs", "örn", "bkz", "yy", "no", "sok",
                   "cad", "mah", "tl", "mlr", "mln", "oca", "şub", "mar", "nis", "haz",
                   "tem", "ağu", "eyl", "eki", "kas", "ara"),
    context_words=("o", "onlar", "bu", "şu", "bunlar", "şunlar", "onun", "onların", "ama",
                   "fakat", "ancak", "ve", "veya", "ya da", "de", "da", "ayrıca", "bu nedenle",
                   "bu yüzden", "sonra", "orada", "burada", "bununla birlikte", "örneğin",
                   "öte yandan", "yine de"),
    amount_words=("milyon", "milyar", "bin", "lira", "tl", "dolar", "avro", "euro"),
    percent_words=("yüzde",),
    months=(
        ("ocak",),
        ("şubat",),
        ("mart",),
        ("nisan",),
        ("mayıs",),
        ("haziran",),
        ("temmuz",),
        ("ağustos",),
        ("eylül",),
        ("ekim",),
        ("kasım",),
        ("aralık",),
    ),
    date_labels=("yayınlanma", "güncelleme", "yayınlandı", "güncellendi"),
    boilerplate=("ayrıca okuyun", "ilgili haberler", "bunları da okuyun", "reklam", "foto:",
                 "fotoğraf:", "kaynak:", "video:", "paylaş", "bizi takip edin", "abone ol"),
    byline_labels=("yazan",),
    calls_to_action=("abone ol", "takip edin", "tıklayın", "bülten"),
)
