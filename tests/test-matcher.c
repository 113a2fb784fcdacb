/* SPDX-License-Identifier: MIT */
/* test-matcher.c: the lexicon loader and the alias matcher.  Each case runs
 * the lexicon pass and resolve over one sentence written for the test and
 * compares the mentions left, as "surface|entity|particle", in order. */
#include <string.h>

#include "extract-private.h"

static const char lexicon_json[]
    = "{\"entities\":["
      "{\"id\":\"elon-musk\",\"type\":\"person\",\"ko\":\"일론 머스크\",\"en\":\"Elon Musk\","
      " \"short\":[\"머스크\",\"Musk\"]},"
      "{\"id\":\"x-corp\",\"type\":\"organization\",\"en\":\"X\",\"aliases\":[\"엑스\"]},"
      "{\"id\":\"spacex\",\"type\":\"organization\",\"ko\":\"스페이스X\",\"en\":\"SpaceX\"},"
      "{\"id\":\"microsoft\",\"type\":\"organization\",\"ko\":\"마이크로소프트\",\"en\":"
      "\"Microsoft\","
      " \"aliases\":[\"MS\"]},"
      "{\"id\":\"google\",\"type\":\"organization\",\"ko\":\"구글\",\"en\":\"Google\"},"
      "{\"id\":\"google-deepmind\",\"type\":\"organization\",\"ko\":\"구글 딥마인드\","
      " \"en\":\"Google DeepMind\",\"aliases\":[\"딥마인드\"]},"
      "{\"id\":\"openai\",\"type\":\"organization\",\"ko\":\"오픈AI\",\"en\":\"OpenAI\"},"
      "{\"id\":\"xai\",\"type\":\"organization\",\"en\":\"xAI\"},"
      "{\"id\":\"meta\",\"type\":\"organization\",\"ko\":\"메타\",\"en\":\"Meta\"},"
      "{\"id\":\"sk-group\",\"type\":\"organization\",\"ko\":\"SK그룹\",\"aliases\":[\"SK\"]},"
      "{\"id\":\"sk-telecom\",\"type\":\"organization\",\"ko\":\"SK텔레콤\",\"en\":\"SK Telecom\","
      " \"aliases\":[\"SKT\"]},"
      "{\"id\":\"nvidia-h100\",\"type\":\"hardware\",\"en\":\"H100\"},"
      "{\"id\":\"gpt-4\",\"type\":\"model\",\"en\":\"GPT-4\"},"
      "{\"id\":\"gpt-4o\",\"type\":\"model\",\"en\":\"GPT-4o\"},"
      "{\"id\":\"cafe\",\"type\":\"organization\",\"en\":\"Café Inc\"},"
      "{\"id\":\"arm\",\"type\":\"organization\",\"ko\":\"Arm 홀딩스\",\"en\":\"Arm\"},"
      "{\"id\":\"meta-ai\",\"type\":\"organization\",\"en\":\"Meta AI\",\"aliases\":[\"FAIR\"]},"
      "{\"id\":\"nvidia\",\"type\":\"organization\",\"en\":\"NVIDIA\",\"aliases\":[\"Nvidia\"]},"
      "{\"id\":\"a16z\",\"type\":\"organization\",\"en\":\"a16z\"},"
      "{\"id\":\"tpu\",\"type\":\"hardware\",\"en\":\"TPU\",\"aliases\":[\"Tensor Processing Unit\"]},"
      "{\"id\":\"chatgpt\",\"type\":\"model\",\"ko\":\"챗GPT\",\"en\":\"ChatGPT\"},"
      "{\"id\":\"gpt-4-turbo\",\"type\":\"model\",\"ko\":\"GPT-4 터보\",\"aliases\":[\"챗GPT-4 터보\"]}"
      "]}";

typedef struct
{
  const char *text;
  const char *expected; /* "surface|id|particle" joined with "; " */
} MatchCase;

static const MatchCase match_cases[] = {
  /* particles do not stop a match, and are recorded */
  { "머스크는 xAI를 세웠다.", "머스크|elon-musk|는; xAI|xai|를" },
  { "오픈AI로부터 투자를 받았다", "오픈AI|openai|로부터" },
  { "구글에서의 연구", "구글|google|에서의" },
  { "메타와의 협력", "메타|meta|와의" },
  { "H100을 샀다. OpenAI의 모델", "H100|nvidia-h100|을; OpenAI|openai|의" },
  { "SK텔레콤이 발표했다", "SK텔레콤|sk-telecom|이" },
  { "구글CEO는", "구글|google|CEO" },
  /* word boundaries */
  { "스페이스X의 로켓과 X의 글", "스페이스X|spacex|의; X|x-corp|의" },
  { "MSFT 주가와 MS의 실적", "MS|microsoft|의" },
  { "구글 딥마인드는 구글의 연구소다", "구글 딥마인드|google-deepmind|는; 구글|google|의" },
  { "구글러들은 메타버스를 본다", "" },
  { "SK하이닉스와 SK는 다르다", "SK|sk-group|는" },
  { "H100칩 대신 H100s", "" },
  { "GPT-4o와 GPT-4, GPT4 그리고 GPT-4를",
    "GPT-4o|gpt-4o|와; GPT-4|gpt-4|; GPT4|gpt-4|; GPT-4|gpt-4|를" },
  { "Nvidia's H100, (H100) and \"xAI\".",
    "Nvidia|nvidia|; H100|nvidia-h100|; H100|nvidia-h100|; xAI|xai|" },
  /* never on a substring: the longest name wins */
  { "챗GPT-4 터보는 챗GPT와 다르다", "챗GPT-4 터보|gpt-4-turbo|는; 챗GPT|chatgpt|와" },
  { "구글 딥마인드와 구글", "구글 딥마인드|google-deepmind|와; 구글|google|" },
  { "스페이스X는 X가 아니다", "스페이스X|spacex|는; X|x-corp|가" },
  /* spacing variants */
  { "일론머스크가 일론 머스크와 만났다", "일론머스크|elon-musk|가; 일론 머스크|elon-musk|와" },
  { "오픈 AI와 오픈AI", "오픈 AI|openai|와; 오픈AI|openai|" },
  { "구글딥마인드의 구글  딥마인드",
    "구글딥마인드|google-deepmind|의; 구글  딥마인드|google-deepmind|" },
  /* case rules */
  { "XAI is explainable AI, unlike xAI.", "xAI|xai|" },
  { "5 ms later, MS Office and ms office", "MS|microsoft|" },
  { "SKT와 skt", "SKT|sk-telecom|와" },
  { "openai, OPENAI and OpenAI", "OpenAI|openai|" },
  { "GOOGLE and google, but not SPACEX", "GOOGLE|google|" },
  { "Café Inc and CAFé INC, or café inc", "Café Inc|cafe|; CAFé INC|cafe|; café inc|cafe|" },
  /* a name of several words is often written in lower case */
  { "tensor processing units (TPUs) and TPU", "tensor processing unit|tpu|; TPU|tpu|; TPU|tpu|" },
  { "Metas and GPTs", "" },
  { "firms that scale AI or open AI to all, like Open AI", "Open AI|openai|" },
  /* a capitalised name needs its capital; an acronym needs every one */
  { "the arm of LG Group, unlike Arm and ARM", "Arm|arm|; ARM|arm|" },
  { "a technology fair, the Fair Trade Act and FAIR", "FAIR|meta-ai|" },
  { "meta-analysis at Meta", "Meta|meta|" },
  /* two spellings that differ in case: the looser rule holds */
  { "NVIDIA, Nvidia and nvidia", "NVIDIA|nvidia|; Nvidia|nvidia|" },
  { "A16Z and a16z", "A16Z|a16z|; a16z|a16z|" },
  /* names do not cross a line */
  { "일론\n머스크", "머스크|elon-musk|" },
};

static KgLexicon *
test_lexicon (void)
{
  KgLexicon *lexicon = kg_lexicon_new ();
  g_autoptr (GError) error = NULL;
  g_assert_true (
      kg_lexicon_load_data (lexicon, lexicon_json, strlen (lexicon_json), "test", &error));
  g_assert_no_error (error);
  return lexicon;
}

static char *
mentions_string (const KgDoc *doc)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < doc->mentions->len; i++)
    {
      const KgMention *m = &g_array_index (doc->mentions, KgMention, i);
      g_string_append_printf (s, "%s%.*s|%s|%s", i ? "; " : "", (int)(m->end - m->start),
                              doc->text + m->start, m->entity_id, m->particle ? m->particle : "");
      if (m->particle != NULL)
        g_assert_cmpuint (m->particle_end, ==, m->end + strlen (m->particle));
      else
        g_assert_cmpuint (m->particle_end, ==, m->end);
    }
  return g_string_free (s, FALSE);
}

/* Runs lexicon (and resolve when @resolve) over @text. */
static char *
run_matcher (const KgLexicon *lexicon, const char *text, const KgSpan *skip, gboolean resolve)
{
  g_autoptr (GError) error = NULL;
  KgExtractor ex = { .lexicon = lexicon, .matcher = kg_matcher_new (lexicon, &error) };
  g_assert_no_error (error);
  KgDoc doc = { .extractor = &ex,
                .doc_id = "t",
                .text = text,
                .len = strlen (text),
                .skip = g_array_new (FALSE, FALSE, sizeof (KgSpan)),
                .sentences = g_array_new (FALSE, FALSE, sizeof (KgSentence)),
                .mentions = g_array_new (FALSE, FALSE, sizeof (KgMention)),
                .graph = kg_graph_new () };
  if (skip != NULL)
    g_array_append_val (doc.skip, *skip);
  kg_pass_lexicon (&doc);
  if (resolve)
    kg_pass_resolve (&doc);
  char *out = mentions_string (&doc);
  g_array_unref (doc.skip);
  g_array_unref (doc.sentences);
  g_array_unref (doc.mentions);
  kg_graph_free (doc.graph);
  kg_matcher_free (ex.matcher);
  return out;
}

static void
test_match_table (void)
{
  g_autoptr (KgLexicon) lexicon = test_lexicon ();
  for (guint i = 0; i < G_N_ELEMENTS (match_cases); i++)
    {
      g_autofree char *got = run_matcher (lexicon, match_cases[i].text, NULL, TRUE);
      if (g_strcmp0 (got, match_cases[i].expected) != 0)
        g_error ("case %u \"%s\": got \"%s\", want \"%s\"", i, match_cases[i].text, got,
                 match_cases[i].expected);
    }
}

static void
test_overlaps_reach_resolve (void)
{
  /* Before resolve, both the long name and the short one inside it are found. */
  g_autoptr (KgLexicon) lexicon = test_lexicon ();
  g_autofree char *got = run_matcher (lexicon, "구글 딥마인드와 일론 머스크", NULL, FALSE);
  g_assert_cmpstr (got, ==,
                   "구글|google|; 구글 딥마인드|google-deepmind|와; "
                   "딥마인드|google-deepmind|와; 일론 머스크|elon-musk|; "
                   "머스크|elon-musk|");
}

static void
test_skip_spans (void)
{
  g_autoptr (KgLexicon) lexicon = test_lexicon ();
  const char *text = "구글은 좋다. 메타 광고";
  KgSpan skip = { strstr (text, "메타") - text, strlen (text) };
  g_autofree char *got = run_matcher (lexicon, text, &skip, TRUE);
  g_assert_cmpstr (got, ==, "구글|google|은");
}

static void
test_particle_longest (void)
{
  static const struct
  {
    const char *text, *particle;
  } cases[] = {
    { "으로부터 받았다", "으로부터" },
    { "에서의 일", "에서의" },
    { "는", "는" },
    { "이다.", "이다" },
    { "과의 협력", "과의" },
    { "CEO인", "CEO" },
    { "뭐지", NULL },
    { "", NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *particle = NULL;
      gsize n = kg_particle_match (cases[i].text, strlen (cases[i].text), &particle);
      g_assert_cmpstr (particle, ==, cases[i].particle);
      g_assert_cmpuint (n, ==, cases[i].particle ? strlen (cases[i].particle) : 0);
    }
}

/* ---- the lexicon loader ---- */

typedef struct
{
  const char *json;
  const char *message; /* expected error message, or NULL for success */
} LoadCase;

static const LoadCase load_cases[] = {
  { "{\"entities\":[{\"id\":\"a\",\"type\":\"person\",\"ko\":\"가\"}]}", NULL },
  { "{\"entities\":[\n{\"id\":\"a\",\n \"type\":\"person\" \"ko\":\"가\"}]}",
    "bad.json:3:21: '}' expected near '\"ko\"'" },
  { "{\"entities\":[{\"id\":\"a\",\"type\":\"robot\",\"ko\":\"가\"}]}",
    "bad.json: entry \"a\": unknown type \"robot\"" },
  { "{\"entities\":[{\"id\":\"a\",\"type\":\"person\",\"ko\":\" \"}]}",
    "bad.json: entry \"a\": ko is empty" },
  { "{\"entities\":[{\"id\":\"a\",\"type\":\"person\"}]}",
    "bad.json: entry \"a\": no name (\"ko\", \"en\" or \"aliases\")" },
  { "{\"entities\":[{\"id\":\"a\",\"type\":\"person\",\"en\":\"A\",\"aliases\":[\"\"]}]}",
    "bad.json: entry \"a\": aliases is empty" },
  { "{\"entities\":[{\"type\":\"person\",\"en\":\"A\"}]}", "bad.json: entry 1: no \"id\"" },
  { "{\"people\":[]}", "bad.json: no \"entities\" array" },
  { "{\"entities\":[{\"id\":\"a\",\"type\":\"person\",\"en\":\"A\",\"weak\":\"B\"}]}",
    "bad.json: entry \"a\": \"weak\" is not an array" },
  { "{\"entities\":[{\"id\":\"a\",\"type\":\"model\",\"en\":\"A\",\"weak\":[\"B\"],"
    "\"context\":[\"b\"]}]}",
    NULL },
};

static void
test_load_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (load_cases); i++)
    {
      g_autoptr (KgLexicon) lexicon = kg_lexicon_new ();
      g_autoptr (GError) error = NULL;
      gboolean ok = kg_lexicon_load_data (lexicon, load_cases[i].json, strlen (load_cases[i].json),
                                          "bad.json", &error);
      if (load_cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (kg_lexicon_size (lexicon), ==, 1);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_LEXICON);
          g_assert_cmpstr (error->message, ==, load_cases[i].message);
          g_assert_cmpuint (kg_lexicon_size (lexicon), ==, 0);
        }
    }
}

static void
collect_alias (const char *alias, const char *id, gpointer data)
{
  g_string_append_printf (data, "%s=%s;", alias, id);
}

static void
test_override_and_aliases (void)
{
  g_autoptr (KgLexicon) lexicon = kg_lexicon_new ();
  const char *base = "{\"entities\":[{\"id\":\"b\",\"type\":\"model\",\"en\":\"Bee\"},"
                     "{\"id\":\"a\",\"type\":\"person\",\"ko\":\"가\",\"short\":[\"A\"]}]}";
  /* NFD input (ᄀ + ᅡ) must be stored as NFC 가. */
  const char *user = "{\"entities\":[{\"id\":\"a\",\"type\":\"organization\","
                     "\"ko\":\"\xe1\x84\x80\xe1\x85\xa1\xe1\x84\x82\xe1\x85\xa1\","
                     "\"aliases\":[\"Zed\",\"가나\"]}]}";
  g_assert_true (kg_lexicon_load_data (lexicon, base, strlen (base), "base", NULL));
  g_assert_true (kg_lexicon_load_data (lexicon, user, strlen (user), "user", NULL));
  g_assert_cmpuint (kg_lexicon_size (lexicon), ==, 2);
  const KgLexEntry *a = g_hash_table_lookup (lexicon->by_id, "a");
  g_assert_cmpint (a->type, ==, KG_TYPE_ORGANIZATION);
  g_assert_cmpstr (a->name[KG_LANG_KO], ==, "가나");
  g_assert_cmpuint (a->short_forms->len, ==, 0);
  g_autoptr (GString) s = g_string_new (NULL);
  kg_lexicon_foreach_alias (lexicon, collect_alias, s);
  g_assert_cmpstr (s->str, ==, "Bee=b;Zed=a;가나=a;");
}

static void
test_default_lexicon (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgLexicon) lexicon = kg_lexicon_new_default (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (kg_lexicon_size (lexicon), >, 0);
  KgMatcher *m = kg_matcher_new (lexicon, &error);
  g_assert_no_error (error);
  g_assert_nonnull (m);
  kg_matcher_free (m);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/matcher/table", test_match_table);
  g_test_add_func ("/matcher/overlaps-reach-resolve", test_overlaps_reach_resolve);
  g_test_add_func ("/matcher/skip-spans", test_skip_spans);
  g_test_add_func ("/matcher/particle-longest", test_particle_longest);
  g_test_add_func ("/lexicon/load-errors", test_load_table);
  g_test_add_func ("/lexicon/override-and-aliases", test_override_and_aliases);
  g_test_add_func ("/lexicon/default", test_default_lexicon);
  return g_test_run ();
}
