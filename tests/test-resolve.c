/* SPDX-License-Identifier: MIT */
/* test-resolve.c: the resolve pass: short forms and surnames, ambiguity,
 * types never merged, discovery against the lexicon, and the entities and
 * sentence index it leaves, weak short forms, and names paired with their
 * spelling in the other script.  Discovered mentions are planted by hand,
 * as the discovery pass would leave them. */
#include <string.h>

#include "extract-private.h"

static const char lexicon_json[]
    = "{\"entities\":["
      "{\"id\":\"jensen-huang\",\"type\":\"person\",\"ko\":\"젠슨 황\",\"en\":\"Jensen Huang\","
      " \"short\":[\"황\"],\"weak\":[\"Huang\"],\"qid\":\"Q305177\"},"
      "{\"id\":\"bae-kyung-hoon\",\"type\":\"person\",\"ko\":\"배경훈\"},"
      "{\"id\":\"phi\",\"type\":\"model\",\"en\":\"Phi\",\"weak\":[\"파이\"]},"
      "{\"id\":\"phi-3\",\"type\":\"model\",\"ko\":\"파이-3\",\"family\":\"phi\"},"
      "{\"id\":\"openai\",\"type\":\"organization\",\"ko\":\"오픈AI\",\"en\":\"OpenAI\"},"
      "{\"id\":\"operator\",\"type\":\"model\",\"en\":\"OpenAI Operator\","
      " \"weak\":[\"Operator\",\"오퍼레이터\"],\"context\":[\"openai\"]},"
      "{\"id\":\"dario-amodei\",\"type\":\"person\",\"ko\":\"다리오 "
      "아모데이\",\"short\":[\"아모데이\"]},"
      "{\"id\":\"daniela-amodei\",\"type\":\"person\",\"ko\":\"다니엘라 "
      "아모데이\",\"short\":[\"아모데이\"]},"
      "{\"id\":\"elon-musk\",\"type\":\"person\",\"ko\":\"일론 머스크\",\"short\":[\"머스크\"]},"
      "{\"id\":\"google\",\"type\":\"organization\",\"ko\":\"구글\",\"en\":\"Google\"},"
      "{\"id\":\"grok\",\"type\":\"model\",\"ko\":\"그록\",\"en\":\"Grok\"},"
      "{\"id\":\"groq\",\"type\":\"organization\",\"en\":\"Groq\",\"weak\":[\"그록\"]},"
      "{\"id\":\"grok-2\",\"type\":\"model\",\"ko\":\"그록2\",\"en\":\"Grok "
      "2\",\"family\":\"grok\"},"
      "{\"id\":\"nova\",\"type\":\"model\",\"ko\":\"노바\",\"en\":\"Nova\"},"
      "{\"id\":\"novasys\",\"type\":\"organization\",\"en\":\"NovaSys\"},"
      "{\"id\":\"samsung-exynos\",\"type\":\"hardware\",\"ko\":\"엑시노스\",\"en\":\"Exynos\"},"
      "{\"id\":\"tpu\",\"type\":\"hardware\",\"en\":\"TPU\","
      " \"aliases\":[\"tensor processing unit\"]}"
      "]}";

typedef struct
{
  const char *surface; /* the text to mark */
  guint nth;           /* which occurrence (0 = first) */
  const char *id;
  KgType type;
  guint flags;
} Planted;

typedef struct
{
  const char *text;
  Planted planted[4];
  const char *expected; /* "surface=id" of the mentions left, "; " joined */
} ResolveCase;

#define DISC KG_MENTION_DISCOVERED
#define P KG_TYPE_PERSON
#define O KG_TYPE_ORGANIZATION
#define M KG_TYPE_MODEL
#define H KG_TYPE_HARDWARE

static const ResolveCase cases[] = {
  /* a surname resolves to the full name used in the document */
  { "젠슨 황 CEO는 웃었다. 황은 말했다.", { { 0 } }, "젠슨 황=jensen-huang; 황=jensen-huang" },
  /* ... or to the only lexicon entity with that short form */
  { "머스크는 말했다.", { { 0 } }, "머스크=elon-musk" },
  /* ambiguous: two lexicon entities, neither named in full */
  { "아모데이는 말했다.", { { 0 } }, "" },
  /* the one named in full wins */
  { "다니엘라 아모데이 사장은 웃었다. 아모데이는 말했다.",
    { { 0 } },
    "다니엘라 아모데이=daniela-amodei; 아모데이=daniela-amodei" },
  /* both named in full: the short form is ambiguous */
  { "다리오 아모데이와 다니엘라 아모데이. 아모데이는 말했다.",
    { { 0 } },
    "다리오 아모데이=dario-amodei; 다니엘라 아모데이=daniela-amodei" },
  /* a weak short form (an ordinary word, a common name) needs evidence: the
   * full name, its family or a member of it, or an id listed as context */
  { "Huang said no.", { { 0 } }, "" },
  { "Jensen Huang spoke. Huang said no.", { { 0 } },
    "Jensen Huang=jensen-huang; Huang=jensen-huang" },
  { "파이를 나눠 먹었다.", { { 0 } }, "" },
  { "파이-3는 작다. 파이 계열이다.", { { 0 } }, "파이-3=phi-3; 파이=phi" },
  { "The operator said Operator works.", { { 0 } }, "" },
  { "OpenAI launched Operator. 오퍼레이터는 웹을 쓴다.", { { 0 } },
    "OpenAI=openai; Operator=operator; 오퍼레이터=operator" },
  /* a gloss in the other script is the same entity: planted or not */
  { "김도윤(Doyun Kim) 대표가 왔다.",
    { { "김도윤", 0, "kim-doyun", P, DISC }, { "Doyun Kim", 0, "doyun-kim", P, DISC } },
    "김도윤=kim-doyun; Doyun Kim=kim-doyun" },
  { "Doyun Kim(김도윤) 대표가 왔다.", { { "Doyun Kim", 0, "doyun-kim", P, DISC } },
    "Doyun Kim=doyun-kim; 김도윤=doyun-kim" },
  { "배경훈(Bae Kyung-hoon) 장관", { { 0 } }, "배경훈=bae-kyung-hoon; Bae Kyung-hoon=bae-kyung-hoon" },
  /* ... but not across types, nor a gloss in the same script */
  { "리턴제로(Doyun Kim) 대표",
    { { "리턴제로", 0, "return-zero", O, DISC }, { "Doyun Kim", 0, "doyun-kim", P, DISC } },
    "리턴제로=return-zero; Doyun Kim=doyun-kim" },
  { "김도윤(도윤) 대표", { { "김도윤", 0, "kim-doyun", P, DISC } }, "김도윤=kim-doyun" },
  /* a Korean name and an English one that sounds like it, alone in the document */
  { "김도윤 대표는 웃었다. Doyun Kim said so.",
    { { "김도윤", 0, "kim-doyun", P, DISC }, { "Doyun Kim", 0, "doyun-kim", P, DISC } },
    "김도윤=kim-doyun; Doyun Kim=kim-doyun" },
  { "김성훈 대표가 말했다. CEO Sung Kim agreed.",
    { { "김성훈", 0, "kim-sung-hoon", P, DISC }, { "Sung Kim", 0, "sung-kim", P, DISC } },
    "김성훈=kim-sung-hoon; Sung Kim=kim-sung-hoon" },
  { "배경훈 원장이 왔다. Kyung-hoon Bae agreed.",
    { { "Kyung-hoon Bae", 0, "kyung-hoon-bae", P, DISC } },
    "배경훈=bae-kyung-hoon; Kyung-hoon Bae=bae-kyung-hoon" },
  /* two Korean names fit: no pairing; no sound alike: none */
  { "김성훈과 김성민. Sung Kim agreed.",
    { { "김성훈", 0, "kim-sung-hoon", P, DISC }, { "김성민", 0, "kim-sung-min", P, DISC },
      { "Sung Kim", 0, "sung-kim", P, DISC } },
    "김성훈=kim-sung-hoon; 김성민=kim-sung-min; Sung Kim=sung-kim" },
  { "김도윤 대표. Minho Park said so.",
    { { "김도윤", 0, "kim-doyun", P, DISC }, { "Minho Park", 0, "minho-park", P, DISC } },
    "김도윤=kim-doyun; Minho Park=minho-park" },
  /* a spelling two entities share: the one with evidence, else the one whose
   * full name it is */
  { "그록은 좋다.", { { 0 } }, "그록=grok" },
  { "Groq의 칩. 그록은 칩을 판다.", { { 0 } }, "Groq=groq; 그록=groq" },
  /* a gloss in parentheses in the other script: the Latin spelling decides */
  { "미국의 노바(NovaSys)와 경쟁한다.", { { 0 } }, "노바=novasys; NovaSys=novasys" },
  { "NovaSys(노바)와 경쟁한다.", { { 0 } }, "NovaSys=novasys; 노바=novasys" },
  { "노바(Nova)를 썼다. 노바는 좋다.", { { 0 } }, "노바=nova; Nova=nova; 노바=nova" },
  /* a discovered short name of the one full name that the document gives */
  { "Lumen Robotics raised money. Lumen plans more.",
    { { "Lumen Robotics", 0, "lumen-robotics", O, DISC }, { "Lumen", 1, "lumen", O, DISC } },
    "Lumen Robotics=lumen-robotics; Lumen=lumen-robotics" },
  { "Lumen Robotics and Lumen Labs. Lumen plans more.",
    { { "Lumen Robotics", 0, "lumen-robotics", O, DISC }, { "Lumen Labs", 0, "lumen-labs", O, DISC },
      { "Lumen", 2, "lumen", O, DISC } },
    "Lumen Robotics=lumen-robotics; Lumen Labs=lumen-labs; Lumen=lumen" },
  { "Lumen Health grew. Lumen plans more.",
    { { "Lumen Health", 0, "lumen-health", O, DISC }, { "Lumen", 1, "lumen", O, DISC } },
    "Lumen Health=lumen-health; Lumen=lumen" },
  { "Acme-R1 shipped. R1 is fast.",
    { { "Acme-R1", 0, "acme-r1", M, DISC }, { "R1", 1, "r1", M, DISC } },
    "Acme-R1=acme-r1; R1=acme-r1" },
  { "Acme-R1 shipped. R1 is a chip.",
    { { "Acme-R1", 0, "acme-r1", M, DISC }, { "R1", 1, "r1", H, DISC } },
    "Acme-R1=acme-r1; R1=r1" },
  /* a discovered person's surname */
  { "셰인 존스 엔지니어는 존스가 아니라고 했다. Shane Jones said Jones left.",
    { { "셰인 존스", 0, "shane-jones", P, DISC }, { "Shane Jones", 0, "shane-jones", P, DISC } },
    "셰인 존스=shane-jones; 존스=shane-jones; Shane Jones=shane-jones; Jones=shane-jones" },
  /* two discovered people share a surname: it stays unresolved */
  { "셰인 존스와 메리 존스. 존스는 말했다.",
    { { "셰인 존스", 0, "shane-jones", P, DISC }, { "메리 존스", 0, "mary-jones", P, DISC } },
    "셰인 존스=shane-jones; 메리 존스=mary-jones" },
  /* the lexicon beats discovery at equal length; longer discovered wins */
  { "구글은 구글 재단과 다르다.",
    { { "구글", 0, "gugeul", O, DISC }, { "구글 재단", 0, "google-foundation", O, DISC } },
    "구글=google; 구글 재단=google-foundation" },
  /* a discovered name never takes a lexicon id of another type */
  { "그록2와 그록 재단.",
    { { "그록 재단", 0, "grok", O, DISC } },
    "그록2=grok-2; 그록 재단=grok-organization" },
};

static KgLexicon *
test_lexicon (void)
{
  KgLexicon *lexicon = kg_lexicon_new ();
  g_assert_true (kg_lexicon_load_data (lexicon, lexicon_json, strlen (lexicon_json), "t", NULL));
  return lexicon;
}

typedef struct
{
  KgExtractor ex;
  KgDoc doc;
} Run;

static void
run_start (Run *r, const KgLexicon *lexicon, const char *text)
{
  r->ex = (KgExtractor){ .lexicon = lexicon,
                         .matcher = kg_matcher_new (lexicon, NULL),
                         .cues = kg_cues_new (NULL, NULL) };
  g_assert_nonnull (r->ex.cues);
  r->doc = (KgDoc){ .extractor = &r->ex,
                    .doc_id = "doc",
                    .text = text,
                    .len = strlen (text),
                    .skip = g_array_new (FALSE, FALSE, sizeof (KgSpan)),
                    .sentences = g_array_new (FALSE, FALSE, sizeof (KgSentence)),
                    .mentions = g_array_new (FALSE, FALSE, sizeof (KgMention)),
                    .graph = kg_graph_new () };
  kg_pass_sentences (&r->doc);
  kg_pass_lexicon (&r->doc);
}

static void
run_end (Run *r)
{
  g_array_unref (r->doc.skip);
  g_array_unref (r->doc.sentences);
  g_array_unref (r->doc.mentions);
  kg_graph_free (r->doc.graph);
  kg_matcher_free (r->ex.matcher);
  kg_cues_free (r->ex.cues);
}

static void
plant (KgDoc *doc, const Planted *p)
{
  const char *at = doc->text;
  for (guint i = 0; i <= p->nth; i++)
    at = strstr (i ? at + 1 : at, p->surface);
  g_assert_nonnull (at);
  KgMention m = { .start = at - doc->text,
                  .end = at - doc->text + strlen (p->surface),
                  .entity_id = g_intern_string (p->id),
                  .type = p->type,
                  .flags = p->flags };
  m.particle_end = m.end;
  g_array_append_val (doc->mentions, m);
}

static void
test_resolve_table (void)
{
  g_autoptr (KgLexicon) lexicon = test_lexicon ();
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Run r;
      run_start (&r, lexicon, cases[i].text);
      for (guint k = 0; k < G_N_ELEMENTS (cases[i].planted) && cases[i].planted[k].surface; k++)
        plant (&r.doc, &cases[i].planted[k]);
      kg_pass_resolve (&r.doc);
      GString *s = g_string_new (NULL);
      for (guint k = 0; k < r.doc.mentions->len; k++)
        {
          const KgMention *m = &g_array_index (r.doc.mentions, KgMention, k);
          g_string_append_printf (s, "%s%.*s=%s", k ? "; " : "", (int)(m->end - m->start),
                                  r.doc.text + m->start, m->entity_id);
          /* every mention's entity is in the graph, with the mention's type */
          KgEntity *e = kg_graph_lookup_entity (r.doc.graph, m->entity_id);
          g_assert_nonnull (e);
          g_assert_cmpint (kg_entity_get_type (e), ==, m->type);
          g_assert_cmpint (kg_entity_get_discovered (e), ==, !!(m->flags & DISC));
        }
      if (strcmp (s->str, cases[i].expected) != 0)
        g_error ("case %u: got \"%s\", want \"%s\"", i, s->str, cases[i].expected);
      g_string_free (s, TRUE);
      run_end (&r);
    }
}

static void
test_entities_and_index (void)
{
  g_autoptr (KgLexicon) lexicon = test_lexicon ();
  Run r;
  run_start (&r, lexicon, "젠슨  황과 구글.\n그록2는 좋다. 황은 웃었다. 끝.");
  kg_pass_resolve (&r.doc);
  KgEntity *huang = kg_graph_lookup_entity (r.doc.graph, "jensen-huang");
  g_assert_nonnull (huang);
  g_assert_cmpuint (kg_entity_get_mentions (huang), ==, 2);
  g_assert_cmpstr (kg_entity_get_qid (huang), ==, "Q305177");
  g_assert_cmpstr (kg_entity_get_name (huang, KG_LANG_EN), ==, "Jensen Huang");
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (huang);
  gboolean spaced = FALSE;
  for (guint i = 0; i < aliases->len; i++)
    spaced |= strcmp (aliases->pdata[i], "젠슨  황") == 0;
  g_assert_true (spaced); /* the surface as written, both spaces kept */
  KgEntity *grok2 = kg_graph_lookup_entity (r.doc.graph, "grok-2");
  g_assert_nonnull (grok2);
  g_assert_cmpstr (kg_entity_get_family (grok2), ==, "grok");
  g_assert_false (kg_entity_get_discovered (grok2));
  g_assert_cmpuint (kg_graph_n_entities (r.doc.graph), ==, 3);

  static const guint want[][2] = { { 0, 2 }, { 2, 1 }, { 3, 1 }, { 4, 0 } };
  g_assert_cmpuint (r.doc.sentences->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      const KgSentence *s = &g_array_index (r.doc.sentences, KgSentence, i);
      g_assert_cmpuint (s->n_mentions, ==, want[i][1]);
      if (s->n_mentions > 0)
        g_assert_cmpuint (s->first_mention, ==, want[i][0]);
    }
  run_end (&r);
}

/* A discovered version belongs to its family; a name with digits glued on
 * is no mention of the family by itself; a plural keeps its "s" in the
 * surface recorded, as the text writes it. */
static void
test_versions_and_plurals (void)
{
  g_autoptr (KgLexicon) lexicon = test_lexicon ();
  Run r;
  run_start (&r, lexicon, "엑시노스2400과 Exynos 2400. 엑시노스1개. Google tensor processing units and TPUs.");
  kg_pass_discovery (&r.doc);
  kg_pass_resolve (&r.doc);
  KgEntity *v = kg_graph_lookup_entity (r.doc.graph, "samsung-exynos-2400");
  g_assert_nonnull (v);
  g_assert_cmpstr (kg_entity_get_family (v), ==, "samsung-exynos");
  g_assert_true (kg_entity_get_discovered (v));
  g_assert_cmpint (kg_entity_get_type (v), ==, KG_TYPE_HARDWARE);
  g_assert_cmpuint (kg_entity_get_mentions (v), ==, 2);
  g_assert_null (kg_graph_lookup_entity (r.doc.graph, "samsung-exynos"));
  KgEntity *tpu = kg_graph_lookup_entity (r.doc.graph, "tpu");
  g_assert_nonnull (tpu);
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (tpu);
  gboolean units = FALSE, tpus = FALSE;
  for (guint i = 0; i < aliases->len; i++)
    {
      units |= strcmp (aliases->pdata[i], "tensor processing units") == 0;
      tpus |= strcmp (aliases->pdata[i], "TPUs") == 0;
    }
  g_assert_true (units && tpus);
  run_end (&r);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/resolve/table", test_resolve_table);
  g_test_add_func ("/resolve/entities-and-index", test_entities_and_index);
  g_test_add_func ("/resolve/versions-and-plurals", test_versions_and_plurals);
  return g_test_run ();
}
