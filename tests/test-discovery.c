/* SPDX-License-Identifier: MIT */
/* test-discovery.c: the discovery pass, one table row per cue (Korean and
 * English), positive and negative, on sentences of our own.  The real
 * sentences and lexicon passes run first, over a small test lexicon. */
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "discovery.h"

static const char lexicon_json[]
    = "{\"entities\":["
      "{\"id\":\"nvidia\",\"type\":\"organization\",\"ko\":\"엔비디아\",\"en\":\"Nvidia\"},"
      "{\"id\":\"microsoft\",\"type\":\"organization\",\"ko\":\"마이크로소프트\",\"en\":\"Microsoft\",\"aliases\":[\"MS\"]},"
      "{\"id\":\"softbank\",\"type\":\"organization\",\"ko\":\"소프트뱅크\",\"en\":\"SoftBank\"},"
      "{\"id\":\"kakao\",\"type\":\"organization\",\"ko\":\"카카오\",\"en\":\"Kakao\"},"
      "{\"id\":\"jensen-huang\",\"type\":\"person\",\"ko\":\"젠슨 황\",\"en\":\"Jensen Huang\"},"
      "{\"id\":\"grok\",\"type\":\"model\",\"ko\":\"그록\",\"en\":\"Grok\"},"
      "{\"id\":\"nvidia-h100\",\"type\":\"hardware\",\"ko\":\"H100\",\"en\":\"Nvidia H100\"},"
      "{\"id\":\"samsung-exynos\",\"type\":\"hardware\",\"ko\":\"엑시노스\",\"en\":\"Exynos\"},"
      "{\"id\":\"qualcomm-snapdragon\",\"type\":\"hardware\",\"ko\":\"스냅드래곤\",\"en\":\"Snapdragon\"},"
      "{\"id\":\"samsung-galaxy\",\"type\":\"hardware\",\"ko\":\"삼성 갤럭시\",\"en\":\"Samsung Galaxy\","
      " \"weak\":[\"갤럭시\",\"Galaxy\"]},"
      "{\"id\":\"imagen\",\"type\":\"model\",\"ko\":\"이마젠\",\"en\":\"Imagen\"},"
      "{\"id\":\"imagen-3\",\"type\":\"model\",\"ko\":\"이마젠 3\",\"en\":\"Imagen 3\",\"family\":\"imagen\"}"
      "]}";

typedef struct {
  const char *text;
  const char *expected; /* "surface/type" of the discovered mentions, "; " joined */
} Case;

static const Case cases[] = {
  /* Korean: name, company, role */
  { "박도윤 카카오 대표는 새 서비스를 공개했다.", "박도윤/person" },
  /* company, name, role */
  { "일본 소프트뱅크 정하람 회장이 방한했다.", "정하람/person" },
  /* role 인, then a transliterated name */
  { "MS 소프트웨어 엔지니어인 마틴 로웰은 서한을 보냈다.", "마틴 로웰/person" },
  { "엔비디아 CEO인 젠슨 황은 웃었다.", "" },
  /* transliterated name, company, role */
  { "앞서 사장은, 카린 베일 엔비디아 부사장과 만났다.", "카린 베일/person" },
  /* without a company, a three-syllable Korean name before a role that
   * stands alone, or before an honorific; generic words never are names */
  { "김민준 대표는 말했다.", "김민준/person" },
  { "서지후 교수는 반대했다.", "서지후/person" },
  { "이번 행사에는 윤서아 씨도 왔다.", "윤서아/person" },
  { "마틴 로웰 씨가 말했다.", "마틴 로웰/person" },
  { "김 대표는 말했다.", "" },
  { "회사를 창업한 김민준 대표는 말했다.", "김민준/person" },
  { "위원회 위원장은 말했다.", "" },
  { "전문가 대표와 한국인 대표가 만났다.", "" },
  { "연구소 소장은 말했다.", "" },
  /* a company noun before an unknown name of three syllables or more */
  { "AI 반도체 스타트업 누리칩스는 투자를 받았다.", "누리칩스/organization" },
  { "클라우드 업체 Haneul은 서버를 늘렸다.", "Haneul/organization" },
  { "기업 고객에게는 따로 판다.", "" },
  { "스타트업 생태계는 커졌다.", "" },
  { "국내 기업 가운데에서 가장 크다.", "" },
  { "스타트업 투자는 줄었다.", "" },
  /* an unknown word between a Korean name and a company role is the company */
  { "박도윤 리턴제로 대표는 투자를 받았다.", "리턴제로/organization; 박도윤/person" },
  { "박도윤 전 대표는 말했다.", "박도윤/person" },
  { "국내 한 AI 스타트업 대표가 말했다.", "" },
  /* a department between company and role; a compound title */
  { "최가온 카카오 클라우드 사업 총괄이 발표했다.", "최가온/person" },
  { "한지율 카카오 기술총괄은 말했다.", "한지율/person" },
  { "이도현 카카오 최고AI책임자(CAIO)는 말했다.", "이도현/person" },
  /* before another role, the word between must end like a company */
  { "김태오 한빛증권 연구원은 분석했다.", "한빛증권/organization; 김태오/person" },
  { "김태오 정책 연구원은 분석했다.", "김태오/person" },
  /* company (의), a two-word transliterated name, role; not after a source */
  { "카카오의 로건 마셜 CTO는 말했다.", "로건 마셜/person" },
  { "카카오의 로건 마셜 전 CEO도 떠났다.", "로건 마셜/person" },
  { "카카오에 따르면 마셜 CEO가 떠났다.", "" },
  /* role, then a two-word name as subject or topic; not other nouns */
  { "카카오 창업자 로건 마셜은 떠났다.", "로건 마셜/person" },
  { "카카오 CEO 후보 명단을 봤다.", "" },
  { "카카오 대표 자리는 비었다.", "" },
  /* two syllables are a verb form or a noun, not a name */
  { "대표로 나선 카카오 교수는 말했다.", "" },
  { "윤하진 2차관도 왔다.", "윤하진/person" },
  { "국가인공지능전략위원회가 출범했다.", "국가인공지능전략위원회/organization" },
  { "국내 한 AI 스타트업 대표는 말했다.", "" },
  { "이사회 의장은 반대했다.", "" },
  { "엔비디아 이사회 의장이 말했다.", "" },
  { "카카오 최고경영자인 그는 이끄는 회사를 키웠다.", "" },
  { "MS CEO와 카카오 CEO 사이 갈등이 커졌다.", "" },
  { "그는 정부에 반대했던 카카오 공동 창업자를 만났다.", "" },
  { "표에는 윤리적 관점AI의 책임성 강조AI가 있다.", "" },
  /* English roles */
  { "Nvidia CEO Jensen Huang spoke first.", "" },
  { "Acme co-founder Priya Raman left the firm.", "Priya Raman/person; Acme/organization" },
  { "Kakao's chief executive, Daniel Moreau, said the deal was done.", "Daniel Moreau/person" },
  { "\"We are ready,\" said Laura Chen, head of research at the lab.", "Laura Chen/person" },
  { "The Company said on Monday that sales rose.", "" },
  { "However, Chief Executive Officer announced nothing.", "" },
  /* quoted names and type nouns */
  { "카카오는 AI 챗봇 '코코넛'을 공개했다.", "코코넛/model" },
  { "회사는 슈퍼컴퓨터 ‘헤일로’를 지었다.", "헤일로/hardware" },
  { "양사는 '스카이브릿지' 프로젝트를 발표했다.", "스카이브릿지/project" },
  { "The lab unveiled its chatbot \"Nimbus\" on Tuesday.", "Nimbus/model" },
  { "그는 '우리는 준비가 됐다'라고 말했다.", "" },
  { "회사는 서비스 '더 빠르게 더 많이 배우고 싶다'를 내세웠다.", "" },
  /* codes by shape */
  { "회사는 B300 칩과 MI455X 가속기, HBM4E 메모리를 소개했다.",
    "B300/hardware; MI455X/hardware; HBM4E/hardware" },
  { "Google will ship TPU v7 next year.", "TPU v7/hardware" },
  { "엔비디아 H100과 그록 5가 나왔다.", "그록 5/model" },
  { "The A4 paper and the 5G phone are not chips.", "" },
  /* company suffixes */
  { "미래정책연구소에 따르면 투자가 늘었다.", "미래정책연구소/organization" },
  { "소프트뱅크 그룹은 투자를 늘렸다.", "" },
  { "국내 연구소들은 반대했다.", "" },
  { "The startup Lumen Robotics raised money from Helix AI.",
    "Lumen Robotics/organization; Helix AI/organization" },
  { "생성형 AI 시장이 커졌다.", "" },
  /* English people: appositions with articles, relative clauses, ages,
   * verbs of saying, any role ending in officer, letters beyond ASCII */
  { "Sean Vale, a former Acme executive, joined.", "Sean Vale/person" },
  { "He met Karén Simonyan, who co-founded the lab.", "Karén Simonyan/person" },
  { "\"It works,\" said Maria Olsen.", "Maria Olsen/person" },
  { "Tomas Berg told reporters the chip was late.", "Tomas Berg/person" },
  { "Lina Park, 45, leads the team.", "Lina Park/person" },
  { "Its chief strategy officer, Jason Dale, left.", "Jason Dale/person" },
  { "The Last Supper said nothing.", "" },
  /* names listed with a known person, both ways and along the list; not
   * a company ("Bain Capital"), not a lone capitalised word */
  { "It was started by Jensen Huang, Rosa Lind and Omar Haddad.",
    "Rosa Lind/person; Omar Haddad/person" },
  { "Tara Quinn and Jensen Huang spoke.", "Tara Quinn/person" },
  { "Backed by Jensen Huang and Bain Capital, it grew.", "Bain Capital/organization" },
  { "Jensen Huang and Microsoft spoke.", "" },
  /* English companies next to roles; typed appositions and nouns */
  { "She is chief executive of Helix Robotics.", "Helix Robotics/organization" },
  { "Former Nvidia engineer Tom Reed joined.", "Tom Reed/person" },
  { "Nodex.ai, a start-up that builds compilers, was sold.", "Nodex.ai/organization" },
  { "It runs on El Dorado, a supercomputer in Texas.", "El Dorado/hardware" },
  { "The lab built the Orca chatbot.", "Orca/model" },
  { "The firm sells chips called Sohu.", "Sohu/hardware" },
  { "It plans a Japanese-language model called Takane.", "Takane/model" },
  /* ... and the name is found wherever else the document writes it */
  { "Helix raised money, said the chief executive of Helix.", "Helix/organization; Helix/organization" },
  { "Separately, the startup raised money.", "" },
  { "The Paris-based startup and the Korean model grew.", "" },
  /* blocks: events and venues win their overlaps, then go */
  { "He spoke at CES 2025 in Las Vegas.", "CES 2025/block" },
  { "SK는 'SK AI 서밋 2024'에서 발표했다.", "SK AI 서밋 2024/block" },
  { "AMD held its \"Advancing AI\" event.", "Advancing AI/block" },
  { "새너제이 SAP 센터에서 콘퍼런스 'GTC 2024'를 열었다.", "GTC 2024/block; SAP 센터/block" },
  /* a quoted name typed by its last word; glosses are a second spelling */
  { "양사는 '한국 AI 반도체 얼라이언스'를 출범했다.", "한국 AI 반도체 얼라이언스/organization" },
  { "빅테크 'AI 동맹'이 커졌다.", "" },
  { "검색 서비스 '큐:(Cue:)'를 열었다.", "큐:/model; Cue:/model" },
  /* a product line of the lexicon and a version: one entity of its type */
  { "신형에는 엑시노스 2400이 들어갔다.", "엑시노스 2400/hardware" },
  { "The Exynos 2400 is made in Korea.", "Exynos 2400/hardware" },
  { "칩은 '스냅드래곤 8 3세대'다.", "스냅드래곤 8 3세대/hardware" },
  { "It uses a Snapdragon 8 Gen 3 chip.", "Snapdragon 8 Gen 3/hardware" },
  { "Laptops with the Snapdragon X Elite ship soon.", "Snapdragon X Elite/hardware" },
  { "갤럭시 S24 울트라는 비싸다.", "갤럭시 S24 울트라/hardware" },
  { "Galaxy Z Fold6 and Galaxy S24+ sold out.", "Galaxy Z Fold6/hardware; Galaxy S24+/hardware" },
  { "이마젠 2로 그렸다.", "이마젠 2/model" },
  /* a version word that is the start of another word is cut off */
  { "갤럭시 S24 프로모션이 시작됐다.", "갤럭시 S24/hardware" },
  /* the lexicon's own spelling of a version wins */
  { "이마젠 3가 나왔다.", "" },
  /* not versions: counts, years, units, percents, other words */
  { "엑시노스 2개를 샀다.", "" },
  { "엑시노스 2400만 대가 팔렸다.", "" },
  { "스냅드래곤 2024 로드맵이 나왔다.", "" },
  { "갤럭시 8%가 줄었다.", "" },
  { "Galaxy 2 million units shipped.", "" },
  { "Snapdragon 8x faster.", "" },
  { "갤럭시용 칩과 스냅드래곤 칩을 비교했다.", "" },
  { "Exynos 3.5 GHz? No, Exynos 1,000 units.", "" },
};

static KgLexicon *lexicon;
static KgExtractor *extractor;

static char *
discover (const char *text)
{
  KgDoc doc = { .extractor = extractor, .doc_id = "t", .text = text, .len = strlen (text),
                .skip = g_array_new (FALSE, FALSE, sizeof (KgSpan)),
                .sentences = g_array_new (FALSE, FALSE, sizeof (KgSentence)),
                .mentions = g_array_new (FALSE, FALSE, sizeof (KgMention)) };
  kg_pass_boilerplate (&doc);
  kg_pass_sentences (&doc);
  kg_pass_lexicon (&doc);
  kg_pass_discovery (&doc);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < doc.mentions->len; i++)
    {
      const KgMention *m = &g_array_index (doc.mentions, KgMention, i);
      if (!(m->flags & KG_MENTION_DISCOVERED))
        continue;
      g_assert_nonnull (m->entity_id);
      g_assert_true (m->entity_id == g_intern_string (m->entity_id));
      g_string_append_printf (out, "%s%.*s/%s", out->len ? "; " : "", (int) (m->end - m->start),
                              text + m->start,
                              (m->flags & KG_MENTION_BLOCK) ? "block" : kg_type_name (m->type));
    }
  g_array_unref (doc.skip);
  g_array_unref (doc.sentences);
  g_array_unref (doc.mentions);
  return g_string_free (out, FALSE);
}

static void
test_cues (void)
{
  guint failures = 0;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = discover (cases[i].text);
      if (strcmp (got, cases[i].expected) != 0)
        {
          fprintf (stderr, "%s\n  expected: %s\n  got:      %s\n", cases[i].text,
                   cases[i].expected, got);
          failures++;
        }
    }
  g_assert_cmpuint (failures, ==, 0);
}

/* Nothing is discovered inside boilerplate. */
static void
test_skipped (void)
{
  g_autofree char *got = discover ("본문이다.\n홍길동 카카오 대표 hong@example.com\n");
  g_assert_cmpstr (got, ==, "홍길동/person");
  g_autofree char *got2 = discover ("AI 챗봇 '코코넛' 구독하기\n");
  g_assert_cmpstr (got2, ==, "");
}

/* Versions of a family get one id in both scripts. */
static void
test_family_ids (void)
{
  const char *text = "그록 5와 Grok 5, 클로드 4 오퍼스.";
  KgDoc doc = { .extractor = extractor, .doc_id = "t", .text = text, .len = strlen (text),
                .skip = g_array_new (FALSE, FALSE, sizeof (KgSpan)),
                .sentences = g_array_new (FALSE, FALSE, sizeof (KgSentence)),
                .mentions = g_array_new (FALSE, FALSE, sizeof (KgMention)) };
  kg_pass_sentences (&doc);
  kg_pass_lexicon (&doc);
  kg_pass_discovery (&doc);
  GString *ids = g_string_new (NULL);
  for (guint i = 0; i < doc.mentions->len; i++)
    {
      const KgMention *m = &g_array_index (doc.mentions, KgMention, i);
      if (m->flags & KG_MENTION_DISCOVERED)
        g_string_append_printf (ids, "%s ", m->entity_id);
    }
  g_assert_cmpstr (ids->str, ==, "grok-5 grok-5 claude-4-opus ");
  g_string_free (ids, TRUE);
  g_array_unref (doc.skip);
  g_array_unref (doc.sentences);
  g_array_unref (doc.mentions);
}

/* A version has one id in both scripts and any spacing: family-VERSION,
 * the words of a version in English, N세대 as Gen N. */
static void
test_version_ids (void)
{
  const char *text = "엑시노스 2400과 Exynos 2400, 엑시노스2400. 스냅드래곤 8 3세대와 "
                     "Snapdragon 8 Gen 3. 갤럭시 S24 플러스와 Galaxy S24+, 갤럭시 Z 폴드6.";
  KgDoc doc = { .extractor = extractor, .doc_id = "t", .text = text, .len = strlen (text),
                .skip = g_array_new (FALSE, FALSE, sizeof (KgSpan)),
                .sentences = g_array_new (FALSE, FALSE, sizeof (KgSentence)),
                .mentions = g_array_new (FALSE, FALSE, sizeof (KgMention)) };
  kg_pass_sentences (&doc);
  kg_pass_lexicon (&doc);
  kg_pass_discovery (&doc);
  GString *ids = g_string_new (NULL);
  for (guint i = 0; i < doc.mentions->len; i++)
    {
      const KgMention *m = &g_array_index (doc.mentions, KgMention, i);
      if (m->flags & KG_MENTION_DISCOVERED)
        g_string_append_printf (ids, "%s<%s ", m->entity_id, m->family);
    }
  g_assert_cmpstr (ids->str, ==,
                   "samsung-exynos-2400<samsung-exynos samsung-exynos-2400<samsung-exynos "
                   "samsung-exynos-2400<samsung-exynos "
                   "qualcomm-snapdragon-8-gen-3<qualcomm-snapdragon "
                   "qualcomm-snapdragon-8-gen-3<qualcomm-snapdragon "
                   "samsung-galaxy-s24-plus<samsung-galaxy samsung-galaxy-s24-plus<samsung-galaxy "
                   "samsung-galaxy-z-fold-6<samsung-galaxy ");
  g_string_free (ids, TRUE);
  g_array_unref (doc.skip);
  g_array_unref (doc.sentences);
  g_array_unref (doc.mentions);
}

/* A gloss is one entity with its name; spacing next to Hangul and camel
 * case do not change a discovered id. */
static void
test_discovered_ids (void)
{
  static const char *const same[][2] = {
    { "오픈 AI", "오픈AI" }, { "리턴 제로", "리턴제로" }, { "Deep Seek", "DeepSeek" },
    { "Nod.ai", "Nod ai" }, { "셰인·존스", "셰인 존스" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *a = kg_discovered_id (same[i][0]);
      g_autofree char *b = kg_discovered_id (same[i][1]);
      g_assert_cmpstr (a, ==, b);
    }
  g_autofree char *x = kg_discovered_id ("Sung Kim");
  g_assert_cmpstr (x, ==, "sung-kim");
  const char *text = "검색 서비스 '큐:(Cue:)'를 열었다.";
  KgDoc doc = { .extractor = extractor, .doc_id = "t", .text = text, .len = strlen (text),
                .skip = g_array_new (FALSE, FALSE, sizeof (KgSpan)),
                .sentences = g_array_new (FALSE, FALSE, sizeof (KgSentence)),
                .mentions = g_array_new (FALSE, FALSE, sizeof (KgMention)) };
  kg_pass_sentences (&doc);
  kg_pass_lexicon (&doc);
  kg_pass_discovery (&doc);
  g_assert_cmpuint (doc.mentions->len, ==, 2);
  g_assert_true (g_array_index (doc.mentions, KgMention, 0).entity_id
                 == g_array_index (doc.mentions, KgMention, 1).entity_id);
  g_array_unref (doc.skip);
  g_array_unref (doc.sentences);
  g_array_unref (doc.mentions);
}

static void
test_load_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kg-cues-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cues.json", NULL);
  g_autoptr (GError) error = NULL;
  g_assert_true (g_file_set_contents (path, "{\"codes\":[{\"type\":\"robot\",\"pattern\":\"x\"}]}", -1, NULL));
  g_assert_null (kg_cues_new (dir, &error));
  g_assert_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES);
  g_assert_nonnull (strstr (error->message, "robot"));
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (path, "{\"verb_end_ko\":\"(\"}", -1, NULL));
  g_assert_null (kg_cues_new (dir, &error));
  g_assert_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_autoptr (GError) error = NULL;
  lexicon = kg_lexicon_new ();
  g_assert_true (kg_lexicon_load_data (lexicon, lexicon_json, strlen (lexicon_json), "test", &error));
  extractor = kg_extractor_new (lexicon, NULL, &error);
  g_assert_no_error (error);
  g_test_add_func ("/discovery/cues", test_cues);
  g_test_add_func ("/discovery/skipped", test_skipped);
  g_test_add_func ("/discovery/family-ids", test_family_ids);
  g_test_add_func ("/discovery/discovered-ids", test_discovered_ids);
  g_test_add_func ("/discovery/version-ids", test_version_ids);
  g_test_add_func ("/discovery/load-errors", test_load_errors);
  int rc = g_test_run ();
  kg_extractor_free (extractor);
  kg_lexicon_free (lexicon);
  return rc;
}
