/* SPDX-License-Identifier: MIT */
/* test-graph.c: the graph store.  Vocabulary and slug tables; entity votes,
 * names, documents and flags; relations, evidence cap, order, dedupe and
 * status; iteration order and merge laws, compared as a dump of every
 * getter; views and name lookup; and kg_graph_check() catching invariants
 * broken by hand through graph-private.h.  Every graph built is checked. */
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "graph-private.h"

/* ---- helpers ---- */

static void
assert_valid (const KgGraph *g)
{
  g_autoptr (GError) error = NULL;
  g_assert_true (kg_graph_check (g, &error));
  g_assert_no_error (error);
}

static void
dump_entity (KgEntity *e, gpointer data)
{
  GString *s = data;
  g_string_append_printf (s, "entity %s type=%s votes=", kg_entity_get_id (e),
                          kg_type_name (kg_entity_get_type (e)));
  for (guint t = 0; t < KG_TYPE_N; t++)
    g_string_append_printf (s, "%u,", kg_entity_get_type_votes (e, t));
  for (guint l = 0; l < KG_LANG_N; l++)
    g_string_append_printf (s, " name.%s=%s label.%s=%s", kg_lang_name (l),
                            kg_entity_get_name (e, l) ? kg_entity_get_name (e, l) : "(null)",
                            kg_lang_name (l), kg_entity_get_label (e, l));
  g_string_append_printf (s, " mentions=%u aliases=", kg_entity_get_mentions (e));
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (e);
  for (guint i = 0; i < aliases->len; i++)
    g_string_append_printf (s, "%s:%u|", (char *)aliases->pdata[i],
                            kg_entity_get_alias_count (e, aliases->pdata[i]));
  g_autoptr (GPtrArray) docs = kg_entity_get_documents (e);
  g_string_append_printf (s, " documents=%u:", kg_entity_get_n_documents (e));
  for (guint i = 0; i < docs->len; i++)
    g_string_append_printf (s, "%s|", (char *)docs->pdata[i]);
  g_string_append_printf (s, " qid=%s family=%s discovered=%d\n",
                          kg_entity_get_qid (e) ? kg_entity_get_qid (e) : "(null)",
                          kg_entity_get_family (e) ? kg_entity_get_family (e) : "(null)",
                          kg_entity_get_discovered (e));
}

static void
dump_evidence (GString *s, const KgEvidence *ev)
{
  g_string_append_printf (s, "  evidence %s [%zu,%zu) strength=%d %s \"%s\"", ev->document,
                          ev->start, ev->end, ev->strength, kg_status_name (ev->status),
                          ev->sentence);
  for (guint q = 0; q < ev->n_qualifiers; q++)
    g_string_append_printf (s, " %s:%s/%s/%s", kg_qualifier_kind_name (ev->qualifiers[q].kind),
                            ev->qualifiers[q].text ? ev->qualifiers[q].text : "(null)",
                            ev->qualifiers[q].value ? ev->qualifiers[q].value : "(null)",
                            ev->qualifiers[q].unit ? ev->qualifiers[q].unit : "(null)");
  g_string_append_c (s, '\n');
}

static void
dump_relation (KgRelation *r, gpointer data)
{
  GString *s = data;
  g_string_append_printf (s, "relation %s %s %s status=%s count=%u kept=%u\n",
                          kg_entity_get_id (kg_relation_get_subject (r)),
                          kg_predicate_name (kg_relation_get_predicate (r)),
                          kg_entity_get_id (kg_relation_get_object (r)),
                          kg_status_name (kg_relation_get_status (r)),
                          kg_relation_get_evidence_count (r), kg_relation_get_n_evidence (r));
  for (guint i = 0; i < kg_relation_get_n_evidence (r); i++)
    dump_evidence (s, kg_relation_get_evidence (r, i));
}

/* @return (transfer full): every getter's answer for every entity and relation */
static char *
dump (const KgGraph *g)
{
  assert_valid (g);
  GString *s = g_string_new (NULL);
  g_string_append_printf (s, "%u entities, %u relations\n", kg_graph_n_entities (g),
                          kg_graph_n_relations (g));
  kg_graph_foreach_entity (g, dump_entity, s);
  kg_graph_foreach_relation (g, dump_relation, s);
  return g_string_free (s, FALSE);
}

static KgEvidence
piece (const char *doc, gsize start, gsize end, int strength, KgStatus status)
{
  KgEvidence ev = { doc, "A sentence.", start, end, strength, status, 0, { { 0 } } };
  return ev;
}

static void
mentions (KgEntity *e, const char *doc, const char *surface, guint times)
{
  for (guint i = 0; i < times; i++)
    kg_entity_add_mention (e, doc, surface);
}

static void
collect_id (KgEntity *e, gpointer data)
{
  g_string_append_printf (data, "%s ", kg_entity_get_id (e));
}

static void
collect_relation (KgRelation *r, gpointer data)
{
  g_string_append_printf (data, "%s.%s.%s ", kg_entity_get_id (kg_relation_get_subject (r)),
                          kg_predicate_name (kg_relation_get_predicate (r)),
                          kg_entity_get_id (kg_relation_get_object (r)));
}

/* ---- vocabulary ---- */

static void
test_vocab (void)
{
  static const char *const types[] = { "person", "organization", "model", "hardware", "project" };
  static const char *const preds[]
      = { "founded",          "leads",    "worksAt",   "investedIn", "acquired",
          "offeredToAcquire", "sued",     "developed", "uses",       "partnerOf",
          "competesWith",     "supplies", "owns",      "partOf" };
  G_STATIC_ASSERT (G_N_ELEMENTS (types) == KG_TYPE_N);
  G_STATIC_ASSERT (G_N_ELEMENTS (preds) == KG_PRED_N);
  for (guint t = 0; t < KG_TYPE_N; t++)
    {
      KgType back = KG_TYPE_N;
      g_assert_cmpstr (kg_type_name (t), ==, types[t]);
      g_autofree char *upper = g_ascii_strup (types[t], -1);
      g_assert_true (kg_type_from_name (upper, &back));
      g_assert_cmpint (back, ==, t);
    }
  for (guint p = 0; p < KG_PRED_N; p++)
    {
      KgPredicate back = KG_PRED_N;
      g_assert_cmpstr (kg_predicate_name (p), ==, preds[p]);
      g_assert_true (kg_predicate_from_name (preds[p], &back));
      g_assert_cmpint (back, ==, p);
      g_assert_cmpint (kg_predicate_is_symmetric (p), ==,
                       p == KG_PRED_PARTNER_OF || p == KG_PRED_COMPETES_WITH);
    }
  static const char *const statuses[] = { "stated", "reported", "planned" };
  for (guint s = 0; s < KG_STATUS_N; s++)
    {
      KgStatus back = KG_STATUS_N;
      g_assert_cmpstr (kg_status_name (s), ==, statuses[s]);
      g_assert_true (kg_status_from_name (statuses[s], &back));
      g_assert_cmpint (back, ==, s);
    }
  g_assert_cmpstr (kg_lang_name (KG_LANG_KO), ==, "ko");
  g_assert_cmpstr (kg_lang_name (KG_LANG_EN), ==, "en");
  g_assert_cmpstr (kg_qualifier_kind_name (KG_QUAL_DATE), ==, "date");
  g_assert_cmpstr (kg_qualifier_kind_name (KG_QUAL_MONEY), ==, "money");
  g_assert_cmpstr (kg_qualifier_kind_name (KG_QUAL_QUANTITY), ==, "quantity");

  KgType t = KG_TYPE_MODEL;
  KgPredicate p = KG_PRED_USES;
  KgStatus s = KG_STATUS_PLANNED;
  g_assert_false (kg_type_from_name ("company", &t));
  g_assert_false (kg_type_from_name (NULL, &t));
  g_assert_false (kg_predicate_from_name ("Founded", &p));
  g_assert_false (kg_predicate_from_name ("", &p));
  g_assert_false (kg_status_from_name ("rumoured", &s));
  g_assert_cmpint (t, ==, KG_TYPE_MODEL);
  g_assert_cmpint (p, ==, KG_PRED_USES);
  g_assert_cmpint (s, ==, KG_STATUS_PLANNED);
}

/* ---- slugs ---- */

static const struct {
  const char *name, *slug;
} slugs[] = {
  { "젠슨 황", "jenseun-hwang" },
  { "유영상", "yuyeongsang" },
  { "딥시크", "dipsikeu" },
  { "삼성전자", "samseongjeonja" },
  { "오픈AI", "opeunai" },
  { "닭", "dak" }, /* a double final is spelt by the consonant heard */
  { "값", "gap" },
  { "꽃잎", "kkotip" }, /* no assimilation across syllables */
  { "Elon Musk", "elon-musk" },
  { "GPT-4o", "gpt-4o" },
  { "Grok 3", "grok-3" },
  { "  --Hello,  World!!  ", "hello-world" },
  { "AT&T", "at-t" },
  { "snake_case", "snake-case" },
  { "Zoë Ångström", "zoe-angstrom" },
  { "Société Générale", "societe-generale" },
  { "Straße", "strasse" },
  { "e\u0301cole", "ecole" }, /* decomposed: NFC first */
  { "\u1112\u1161\u11ab\u1100\u1173\u11af", "hangeul" },
  { "Ex\u0301ample", "example" }, /* a mark with no composed form */
  { "ＯｐｅｎＡＩ", "openai" },   /* fullwidth */
  { "中文", "u4e2d-u6587" },
  { "Qwen通义", "qwen-u901a-u4e49" },
  { "Nvidia™", "nvidia" },
  { "\377\376abc\303", "abc" }, /* invalid UTF-8 */
  { "", "x" },
  { "!!!", "x" },
  { "---", "x" },
};

static gboolean
is_slug (const char *s)
{
  if (*s == '\0' || *s == '-' || s[strlen (s) - 1] == '-' || strstr (s, "--") != NULL)
    return FALSE;
  for (const char *p = s; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return TRUE;
}

static void
test_slug (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (slugs); i++)
    {
      g_autofree char *got = kg_slug (slugs[i].name);
      g_assert_cmpstr (got, ==, slugs[i].slug);
      g_assert_true (is_slug (got));
    }
  /* Any bytes at all give a slug, and a slug is its own slug. */
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  static const char *const pieces[]
      = { "a", "Z", "9", " ", "-", "é", "한", "글", "中", "\xff", "\xe2\x80", "!", "ß", "\t" };
  for (guint n = 0; n < 2000; n++)
    {
      g_autoptr (GString) in = g_string_new (NULL);
      for (guint k = g_rand_int_range (rand, 0, 12); k > 0; k--)
        g_string_append (in, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      g_autofree char *got = kg_slug (in->str);
      g_autofree char *again = kg_slug (got);
      g_assert_true (is_slug (got));
      g_assert_cmpstr (again, ==, got);
    }
}

/* ---- entities ---- */

static void
test_entity_add (void)
{
  g_autoptr (KgGraph) g = kg_graph_new ();
  g_assert_cmpuint (kg_graph_n_entities (g), ==, 0);
  KgEntity *a = kg_graph_add_entity (g, "openai", KG_TYPE_ORGANIZATION);
  g_assert_nonnull (a);
  g_assert_true (kg_graph_add_entity (g, "openai", KG_TYPE_MODEL) == a);
  g_assert_true (kg_graph_lookup_entity (g, "openai") == a);
  g_assert_null (kg_graph_lookup_entity (g, "OpenAI"));
  g_assert_cmpstr (kg_entity_get_id (a), ==, "openai");
  g_assert_cmpuint (kg_graph_n_entities (g), ==, 1);
  g_assert_cmpstr (kg_entity_get_label (a, KG_LANG_KO), ==, "openai");
  g_assert_cmpuint (kg_entity_get_mentions (a), ==, 0);
  g_assert_cmpuint (kg_entity_get_n_documents (a), ==, 0);
  g_assert_null (kg_entity_get_name (a, KG_LANG_EN));
  g_assert_false (kg_entity_get_discovered (a));

  /* The iteration order follows later additions. */
  g_autoptr (GString) before = g_string_new (NULL);
  g_autoptr (GString) after = g_string_new (NULL);
  kg_graph_add_entity (g, "xai", KG_TYPE_ORGANIZATION);
  kg_graph_add_relation (g, "xai", KG_PRED_SUED, "openai", NULL);
  kg_graph_foreach_entity (g, collect_id, before);
  kg_graph_foreach_relation (g, collect_relation, before);
  kg_graph_add_entity (g, "anthropic", KG_TYPE_ORGANIZATION);
  kg_graph_foreach_entity (g, collect_id, after);
  kg_graph_add_relation (g, "anthropic", KG_PRED_COMPETES_WITH, "openai", NULL);
  kg_graph_foreach_relation (g, collect_relation, after);
  g_assert_cmpstr (before->str, ==, "openai xai xai.sued.openai ");
  g_assert_cmpstr (after->str, ==,
                   "anthropic openai xai anthropic.competesWith.openai xai.sued.openai ");
  assert_valid (g);
  kg_graph_free (NULL);
}

static const struct {
  const char *votes; /* one letter per kg_graph_add_entity () call: p o m h j */
  KgType type;
} type_votes[] = {
  { "p", KG_TYPE_PERSON },         { "j", KG_TYPE_PROJECT },
  { "op", KG_TYPE_PERSON }, /* a tie goes to the lower enum value */
  { "mho", KG_TYPE_ORGANIZATION }, { "oom", KG_TYPE_ORGANIZATION },
  { "mhhm", KG_TYPE_MODEL },       { "jjhhh", KG_TYPE_HARDWARE },
  { "pjjop", KG_TYPE_PERSON },
};

static KgType
type_of_letter (char c)
{
  return (KgType)(strchr ("pomhj", c) - "pomhj");
}

static void
test_type_votes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_votes); i++)
    {
      g_autoptr (KgGraph) g = kg_graph_new ();
      g_autoptr (KgGraph) split = kg_graph_new ();
      guint counts[KG_TYPE_N] = { 0 };
      KgEntity *e = NULL;
      for (const char *c = type_votes[i].votes; *c != '\0'; c++)
        {
          e = kg_graph_add_entity (g, "e", type_of_letter (*c));
          counts[type_of_letter (*c)]++;
          /* The same votes cast one per graph and merged. */
          g_autoptr (KgGraph) one = kg_graph_new ();
          kg_graph_add_entity (one, "e", type_of_letter (*c));
          kg_graph_merge (split, one);
        }
      g_assert_cmpint (kg_entity_get_type (e), ==, type_votes[i].type);
      for (guint t = 0; t < KG_TYPE_N; t++)
        g_assert_cmpuint (kg_entity_get_type_votes (e, t), ==, counts[t]);
      g_autofree char *a = dump (g);
      g_autofree char *b = dump (split);
      g_assert_cmpstr (a, ==, b);
    }
}

static void
test_names (void)
{
  g_autoptr (KgGraph) g = kg_graph_new ();
  KgEntity *e = kg_graph_add_entity (g, "deepseek", KG_TYPE_ORGANIZATION);
  g_assert_null (kg_entity_get_name (e, KG_LANG_KO));
  /* A listed alias casts no vote. */
  kg_entity_add_alias (e, "딥시크 AI");
  kg_entity_add_alias (e, "DeepSeek AI");
  g_assert_null (kg_entity_get_name (e, KG_LANG_KO));
  g_assert_null (kg_entity_get_name (e, KG_LANG_EN));
  g_assert_cmpstr (kg_entity_get_label (e, KG_LANG_EN), ==, "deepseek");
  /* The vote is per script: any Hangul makes a Korean name. */
  mentions (e, "d1", "딥시크", 2);
  mentions (e, "d1", "딥시크AI", 1);
  mentions (e, "d1", "Deepseek", 2);
  mentions (e, "d2", "DeepSeek", 2);
  g_assert_cmpstr (kg_entity_get_name (e, KG_LANG_KO), ==, "딥시크");
  g_assert_cmpstr (kg_entity_get_name (e, KG_LANG_EN), ==, "DeepSeek"); /* tie: smaller */
  const char *lent = kg_entity_get_name (e, KG_LANG_EN);
  kg_entity_add_mention (e, "d3", "DeepSeek");
  g_assert_cmpstr (lent, ==, "DeepSeek"); /* still valid after a new vote for it */
  mentions (e, "d3", "Deepseek", 2);
  g_assert_cmpstr (kg_entity_get_name (e, KG_LANG_EN), ==, "Deepseek");
  g_assert_cmpuint (kg_entity_get_alias_count (e, "Deepseek"), ==, 4);
  g_assert_cmpuint (kg_entity_get_alias_count (e, "딥시크 AI"), ==, 0);
  g_assert_cmpuint (kg_entity_get_alias_count (e, "nothing"), ==, 0);
  g_assert_cmpuint (kg_entity_get_mentions (e), ==, 10);
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (e);
  static const char *const sorted[]
      = { "DeepSeek", "DeepSeek AI", "Deepseek", "딥시크", "딥시크 AI", "딥시크AI" };
  g_assert_cmpuint (aliases->len, ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < aliases->len; i++)
    g_assert_cmpstr (aliases->pdata[i], ==, sorted[i]);

  /* A set name beats the vote; of two set names the smaller stays. */
  kg_entity_set_name (e, KG_LANG_EN, "DeepSeek Inc");
  g_assert_cmpstr (kg_entity_get_name (e, KG_LANG_EN), ==, "DeepSeek Inc");
  kg_entity_set_name (e, KG_LANG_EN, "Hangzhou DeepSeek");
  g_assert_cmpstr (kg_entity_get_name (e, KG_LANG_EN), ==, "DeepSeek Inc");
  kg_entity_set_name (e, KG_LANG_EN, "DeepSeek AI");
  g_assert_cmpstr (kg_entity_get_name (e, KG_LANG_EN), ==, "DeepSeek AI");
  g_assert_cmpstr (kg_entity_get_name (e, KG_LANG_KO), ==, "딥시크");

  /* Scripts by Unicode, not by code point range. */
  KgEntity *k = kg_graph_add_entity (g, "kk", KG_TYPE_PERSON);
  kg_entity_add_mention (k, "d1", "ㅋㅋ");
  kg_entity_add_mention (k, "d1", "ＡＩ");
  g_assert_cmpstr (kg_entity_get_name (k, KG_LANG_KO), ==, "ㅋㅋ");
  g_assert_cmpstr (kg_entity_get_name (k, KG_LANG_EN), ==, "ＡＩ");

  /* Labels fall back to the other language, then the id. */
  KgEntity *x = kg_graph_add_entity (g, "xai", KG_TYPE_ORGANIZATION);
  kg_entity_add_mention (x, "d1", "xAI");
  g_assert_cmpstr (kg_entity_get_label (x, KG_LANG_KO), ==, "xAI");
  kg_entity_set_name (x, KG_LANG_KO, "엑스AI");
  g_assert_cmpstr (kg_entity_get_label (x, KG_LANG_KO), ==, "엑스AI");
  g_assert_cmpstr (kg_entity_get_label (x, KG_LANG_EN), ==, "xAI");
  assert_valid (g);

  /* Merged: set names by the smaller string, votes summed. */
  g_autoptr (KgGraph) a = kg_graph_new ();
  g_autoptr (KgGraph) b = kg_graph_new ();
  KgEntity *ea = kg_graph_add_entity (a, "e", KG_TYPE_PERSON);
  KgEntity *eb = kg_graph_add_entity (b, "e", KG_TYPE_PERSON);
  kg_entity_set_name (ea, KG_LANG_EN, "Zed");
  kg_entity_set_name (eb, KG_LANG_EN, "Alpha");
  mentions (ea, "a", "김철수", 2);
  mentions (eb, "b", "김 철수", 2);
  mentions (eb, "b", "김철수", 1);
  g_autoptr (KgGraph) ab = kg_graph_new ();
  g_autoptr (KgGraph) ba = kg_graph_new ();
  kg_graph_merge (ab, a);
  kg_graph_merge (ab, b);
  kg_graph_merge (ba, b);
  kg_graph_merge (ba, a);
  KgEntity *m = kg_graph_lookup_entity (ab, "e");
  g_assert_cmpstr (kg_entity_get_name (m, KG_LANG_EN), ==, "Alpha");
  g_assert_cmpstr (kg_entity_get_name (m, KG_LANG_KO), ==, "김철수");
  g_assert_cmpuint (kg_entity_get_alias_count (m, "김철수"), ==, 3);
  g_autofree char *dab = dump (ab);
  g_autofree char *dba = dump (ba);
  g_assert_cmpstr (dab, ==, dba);
}

static void
test_documents (void)
{
  g_autoptr (KgGraph) g = kg_graph_new ();
  KgEntity *e = kg_graph_add_entity (g, "e", KG_TYPE_PERSON);
  /* 12 documents in a scrambled order, each mentioned twice. */
  static const char *const order[]
      = { "d07", "d11", "d00", "d09", "d03", "d10", "d01", "d05", "d08", "d02", "d06", "d04" };
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      kg_entity_add_mention (e, order[i], "E");
      if (i < 8)
        kg_entity_add_mention (e, order[i], "E"); /* counted once while kept */
    }
  g_assert_cmpuint (kg_entity_get_n_documents (e), ==, 12);
  g_assert_cmpuint (kg_entity_get_mentions (e), ==, 20);
  g_autoptr (GPtrArray) docs = kg_entity_get_documents (e);
  g_assert_cmpuint (docs->len, ==, KG_ENTITY_MAX_DOCUMENTS);
  for (guint i = 0; i < docs->len; i++)
    {
      g_autofree char *want = g_strdup_printf ("d%02u", i);
      g_assert_cmpstr (docs->pdata[i], ==, want);
    }
  kg_entity_add_mention (e, NULL, "E");
  g_assert_cmpuint (kg_entity_get_n_documents (e), ==, 12);
  kg_entity_add_uncounted_documents (e, 30);
  g_assert_cmpuint (kg_entity_get_n_documents (e), ==, 42);
  g_autoptr (GPtrArray) again = kg_entity_get_documents (e);
  g_assert_cmpuint (again->len, ==, KG_ENTITY_MAX_DOCUMENTS);
  assert_valid (g);

  /* Merged: the smallest of the union, counts summed. */
  g_autoptr (KgGraph) other = kg_graph_new ();
  KgEntity *o = kg_graph_add_entity (other, "e", KG_TYPE_PERSON);
  kg_entity_add_mention (o, "c99", "E");
  kg_entity_add_mention (o, "z00", "E");
  kg_graph_merge (g, other);
  g_autoptr (GPtrArray) merged = kg_entity_get_documents (e);
  g_assert_cmpstr (merged->pdata[0], ==, "c99");
  g_assert_cmpstr (merged->pdata[7], ==, "d06");
  g_assert_cmpuint (kg_entity_get_n_documents (e), ==, 44);
  assert_valid (g);
}

static void
test_links (void)
{
  g_autoptr (KgGraph) g = kg_graph_new ();
  KgEntity *e = kg_graph_add_entity (g, "grok-3", KG_TYPE_MODEL);
  g_assert_null (kg_entity_get_qid (e));
  kg_entity_set_qid (e, "Q9");
  kg_entity_set_qid (e, "Q10");
  g_assert_cmpstr (kg_entity_get_qid (e), ==, "Q10"); /* strcmp: "Q10" < "Q9" */
  kg_entity_set_qid (e, "Q9");
  g_assert_cmpstr (kg_entity_get_qid (e), ==, "Q10");
  kg_entity_set_qid (e, NULL);
  g_assert_null (kg_entity_get_qid (e));
  kg_entity_set_family (e, "grok");
  kg_entity_set_family (e, "xai-models");
  g_assert_cmpstr (kg_entity_get_family (e), ==, "grok");

  /* Listed anywhere beats discovered, in either order. */
  static const struct {
    int a, b; /* -1: never set */
    gboolean discovered;
  } flags[] = {
    { -1, -1, FALSE },    { TRUE, -1, TRUE },     { -1, TRUE, TRUE },     { FALSE, -1, FALSE },
    { TRUE, TRUE, TRUE }, { TRUE, FALSE, FALSE }, { FALSE, TRUE, FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr (KgGraph) a = kg_graph_new ();
      g_autoptr (KgGraph) b = kg_graph_new ();
      g_autoptr (KgGraph) one = kg_graph_new ();
      KgEntity *ea = kg_graph_add_entity (a, "e", KG_TYPE_PERSON);
      KgEntity *eb = kg_graph_add_entity (b, "e", KG_TYPE_PERSON);
      KgEntity *e1 = kg_graph_add_entity (one, "e", KG_TYPE_PERSON);
      if (flags[i].a >= 0)
        {
          kg_entity_set_discovered (ea, flags[i].a);
          kg_entity_set_discovered (e1, flags[i].a);
        }
      if (flags[i].b >= 0)
        {
          kg_entity_set_discovered (eb, flags[i].b);
          kg_entity_set_discovered (e1, flags[i].b);
        }
      g_assert_cmpint (kg_entity_get_discovered (e1), ==, flags[i].discovered);
      kg_graph_merge (a, b);
      g_assert_cmpint (kg_entity_get_discovered (ea), ==, flags[i].discovered);
      assert_valid (a);
    }

  g_autoptr (KgGraph) a = kg_graph_new ();
  g_autoptr (KgGraph) b = kg_graph_new ();
  kg_entity_set_qid (kg_graph_add_entity (a, "e", KG_TYPE_PERSON), "Q2");
  kg_entity_set_qid (kg_graph_add_entity (b, "e", KG_TYPE_PERSON), "Q1");
  kg_entity_set_family (kg_graph_lookup_entity (b, "e"), "fam");
  kg_graph_merge (a, b);
  g_assert_cmpstr (kg_entity_get_qid (kg_graph_lookup_entity (a, "e")), ==, "Q1");
  g_assert_cmpstr (kg_entity_get_family (kg_graph_lookup_entity (a, "e")), ==, "fam");
  assert_valid (g);
  assert_valid (a);
}

/* ---- relations ---- */

static KgGraph *
three_entities (void)
{
  KgGraph *g = kg_graph_new ();
  kg_graph_add_entity (g, "a", KG_TYPE_ORGANIZATION);
  kg_graph_add_entity (g, "b", KG_TYPE_ORGANIZATION);
  kg_graph_add_entity (g, "c", KG_TYPE_PERSON);
  return g;
}

static void
test_relation_add (void)
{
  g_autoptr (KgGraph) g = three_entities ();
  KgEvidence ev = piece ("d", 0, 5, 1, KG_STATUS_STATED);
  g_assert_null (kg_graph_add_relation (g, "a", KG_PRED_OWNS, "nobody", &ev));
  g_assert_null (kg_graph_add_relation (g, "nobody", KG_PRED_OWNS, "a", &ev));
  g_assert_null (kg_graph_add_relation (g, "a", KG_PRED_OWNS, "a", &ev));
  g_assert_cmpuint (kg_graph_n_relations (g), ==, 0);

  KgRelation *r = kg_graph_add_relation (g, "c", KG_PRED_FOUNDED, "b", NULL);
  g_assert_nonnull (r);
  g_assert_true (kg_graph_add_relation (g, "c", KG_PRED_FOUNDED, "b", &ev) == r);
  g_assert_true (kg_graph_lookup_relation (g, "c", KG_PRED_FOUNDED, "b") == r);
  g_assert_null (kg_graph_lookup_relation (g, "b", KG_PRED_FOUNDED, "c"));
  g_assert_null (kg_graph_lookup_relation (g, "c", KG_PRED_LEADS, "b"));
  g_assert_true (kg_relation_get_subject (r) == kg_graph_lookup_entity (g, "c"));
  g_assert_true (kg_relation_get_object (r) == kg_graph_lookup_entity (g, "b"));
  g_assert_cmpint (kg_relation_get_predicate (r), ==, KG_PRED_FOUNDED);
  g_assert_cmpuint (kg_relation_get_evidence_count (r), ==, 1);

  /* Symmetric predicates store the pair in id order; either way finds it. */
  static const KgPredicate symmetric[] = { KG_PRED_PARTNER_OF, KG_PRED_COMPETES_WITH };
  for (guint i = 0; i < G_N_ELEMENTS (symmetric); i++)
    {
      KgRelation *s = kg_graph_add_relation (g, "b", symmetric[i], "a", NULL);
      g_assert_cmpstr (kg_entity_get_id (kg_relation_get_subject (s)), ==, "a");
      g_assert_cmpstr (kg_entity_get_id (kg_relation_get_object (s)), ==, "b");
      g_assert_true (kg_graph_add_relation (g, "a", symmetric[i], "b", NULL) == s);
      g_assert_true (kg_graph_lookup_relation (g, "b", symmetric[i], "a") == s);
    }
  /* Asymmetric ones are two relations. */
  KgRelation *ab = kg_graph_add_relation (g, "a", KG_PRED_SUED, "b", NULL);
  KgRelation *ba = kg_graph_add_relation (g, "b", KG_PRED_SUED, "a", NULL);
  g_assert_true (ab != ba);
  g_assert_cmpuint (kg_graph_n_relations (g), ==, 5);

  /* A bare relation: no evidence, counted as stated; uncounted evidence. */
  g_assert_cmpuint (kg_relation_get_evidence_count (ab), ==, 0);
  g_assert_cmpuint (kg_relation_get_n_evidence (ab), ==, 0);
  g_assert_cmpint (kg_relation_get_status (ab), ==, KG_STATUS_STATED);
  kg_relation_add_uncounted (ab, 7);
  g_assert_cmpuint (kg_relation_get_evidence_count (ab), ==, 7);
  g_assert_cmpuint (kg_relation_get_n_evidence (ab), ==, 0);
  /* Counts saturate rather than wrap. */
  kg_relation_add_uncounted (ba, G_MAXUINT - 1);
  kg_relation_add_uncounted (ba, 5);
  g_assert_cmpuint (kg_relation_get_evidence_count (ba), ==, G_MAXUINT);
  KgEntity *c = kg_graph_lookup_entity (g, "c");
  kg_entity_add_uncounted_documents (c, G_MAXUINT);
  kg_entity_add_uncounted_documents (c, G_MAXUINT);
  g_assert_cmpuint (kg_entity_get_n_documents (c), ==, G_MAXUINT);
  assert_valid (g);
}

/* Six pieces; by strength, document, start, end: [3] [5] [1] [2] [4] [0]
 * ([5] ends after [1] but starts before it). */
static const struct {
  const char *doc;
  gsize start, end;
  int strength;
} pieces[] = {
  { "d2", 0, 5, 1 }, { "d1", 10, 15, 5 }, { "d3", 5, 10, 5 },
  { "d1", 0, 5, 5 }, { "d0", 0, 5, 3 },   { "d1", 0, 30, 5 },
};

static void
test_evidence_cap (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (11);
  g_autofree char *first = NULL;
  for (guint round = 0; round < 60; round++)
    {
      guint idx[G_N_ELEMENTS (pieces)];
      for (guint i = 0; i < G_N_ELEMENTS (idx); i++)
        idx[i] = i;
      for (guint i = G_N_ELEMENTS (idx) - 1; round > 0 && i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1), t = idx[i];
          idx[i] = idx[j];
          idx[j] = t;
        }
      g_autoptr (KgGraph) g = three_entities ();
      KgRelation *r = NULL;
      for (guint i = 0; i < G_N_ELEMENTS (idx); i++)
        {
          KgEvidence ev = piece (pieces[idx[i]].doc, pieces[idx[i]].start, pieces[idx[i]].end,
                                 pieces[idx[i]].strength, KG_STATUS_STATED);
          r = kg_graph_add_relation (g, "a", KG_PRED_OWNS, "b", &ev);
          g_assert_cmpuint (kg_relation_get_n_evidence (r), ==,
                            MIN (i + 1, KG_RELATION_MAX_EVIDENCE));
        }
      g_assert_cmpuint (kg_relation_get_evidence_count (r), ==, G_N_ELEMENTS (pieces));
      g_assert_cmpuint (kg_relation_get_n_evidence (r), ==, KG_RELATION_MAX_EVIDENCE);
      static const guint want[] = { 3, 5, 1 };
      for (guint i = 0; i < KG_RELATION_MAX_EVIDENCE; i++)
        {
          const KgEvidence *ev = kg_relation_get_evidence (r, i);
          g_assert_cmpstr (ev->document, ==, pieces[want[i]].doc);
          g_assert_cmpuint (ev->start, ==, pieces[want[i]].start);
          g_assert_cmpuint (ev->end, ==, pieces[want[i]].end);
        }
      g_autofree char *d = dump (g);
      if (first == NULL)
        first = g_steal_pointer (&d);
      else
        g_assert_cmpstr (d, ==, first);
    }
}

static void
test_evidence_dedupe (void)
{
  g_autoptr (KgGraph) g = three_entities ();
  KgEvidence weak = piece ("d", 10, 20, 1, KG_STATUS_STATED);
  KgEvidence strong = piece ("d", 10, 20, 4, KG_STATUS_STATED);
  KgEvidence other = piece ("d", 30, 40, 2, KG_STATUS_STATED);
  KgRelation *r = kg_graph_add_relation (g, "a", KG_PRED_USES, "b", &weak);
  kg_graph_add_relation (g, "a", KG_PRED_USES, "b", &weak);
  g_assert_cmpuint (kg_relation_get_evidence_count (r), ==, 1);
  g_assert_cmpuint (kg_relation_get_n_evidence (r), ==, 1);
  /* The same sentence, stronger: it replaces the kept copy, not counted again. */
  kg_graph_add_relation (g, "a", KG_PRED_USES, "b", &other);
  kg_graph_add_relation (g, "a", KG_PRED_USES, "b", &strong);
  g_assert_cmpuint (kg_relation_get_evidence_count (r), ==, 2);
  g_assert_cmpuint (kg_relation_get_n_evidence (r), ==, 2);
  g_assert_cmpint (kg_relation_get_evidence (r, 0)->strength, ==, 4);
  g_assert_cmpuint (kg_relation_get_evidence (r, 1)->start, ==, 30);
  /* Weaker again: the stronger copy stays. */
  kg_graph_add_relation (g, "a", KG_PRED_USES, "b", &weak);
  g_assert_cmpint (kg_relation_get_evidence (r, 0)->strength, ==, 4);
  g_assert_cmpuint (kg_relation_get_evidence_count (r), ==, 2);
  /* Another document at the same offsets is another sentence. */
  KgEvidence elsewhere = piece ("e", 10, 20, 1, KG_STATUS_STATED);
  kg_graph_add_relation (g, "a", KG_PRED_USES, "b", &elsewhere);
  g_assert_cmpuint (kg_relation_get_evidence_count (r), ==, 3);
  g_assert_cmpuint (kg_relation_get_n_evidence (r), ==, 3);
  assert_valid (g);

  /* Copies of one sentence that differ in status, text or qualifiers
   * only: the same one is kept whichever comes first. */
  KgEvidence plain = piece ("q", 0, 9, 3, KG_STATUS_REPORTED);
  KgEvidence dated = plain, firm = plain, reworded = plain;
  KgQualifier q = { KG_QUAL_DATE, "2024년", "2024", NULL };
  dated.qualifiers[dated.n_qualifiers++] = q;
  firm.status = KG_STATUS_STATED;
  reworded.sentence = "A sentence, reworded.";
  const KgEvidence *const variants[] = { &plain, &dated, &firm, &reworded };
  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (variants); j++)
      {
        g_autoptr (KgGraph) x = three_entities ();
        g_autoptr (KgGraph) y = three_entities ();
        kg_graph_add_relation (x, "b", KG_PRED_USES, "c", variants[i]);
        kg_graph_add_relation (x, "b", KG_PRED_USES, "c", variants[j]);
        kg_graph_add_relation (y, "b", KG_PRED_USES, "c", variants[j]);
        kg_graph_add_relation (y, "b", KG_PRED_USES, "c", variants[i]);
        KgRelation *rx = kg_graph_lookup_relation (x, "b", KG_PRED_USES, "c");
        g_assert_cmpuint (kg_relation_get_evidence_count (rx), ==, 1);
        g_autofree char *dx = dump (x);
        g_autofree char *dy = dump (y);
        g_assert_cmpstr (dx, ==, dy);
      }
}

static void
test_status (void)
{
  g_autoptr (KgGraph) g = three_entities ();
  KgRelation *r = NULL;
  for (guint i = 0; i < KG_RELATION_MAX_EVIDENCE; i++)
    {
      KgEvidence ev = piece ("d", 10 * i, 10 * i + 5, 9, KG_STATUS_PLANNED);
      r = kg_graph_add_relation (g, "a", KG_PRED_ACQUIRED, "b", &ev);
    }
  g_assert_cmpint (kg_relation_get_status (r), ==, KG_STATUS_PLANNED);
  /* Too weak to be kept, but its status counts. */
  KgEvidence reported = piece ("z", 0, 5, 1, KG_STATUS_REPORTED);
  kg_graph_add_relation (g, "a", KG_PRED_ACQUIRED, "b", &reported);
  g_assert_cmpint (kg_relation_get_status (r), ==, KG_STATUS_REPORTED);
  for (guint i = 0; i < kg_relation_get_n_evidence (r); i++)
    g_assert_cmpint (kg_relation_get_evidence (r, i)->status, ==, KG_STATUS_PLANNED);
  KgEvidence planned = piece ("y", 0, 5, 1, KG_STATUS_PLANNED);
  kg_graph_add_relation (g, "a", KG_PRED_ACQUIRED, "b", &planned);
  g_assert_cmpint (kg_relation_get_status (r), ==, KG_STATUS_REPORTED);
  assert_valid (g);
  /* A copy keeps the status of evidence it does not keep. */
  g_autoptr (KgGraph) copy = kg_graph_new ();
  kg_graph_merge (copy, g);
  KgRelation *c = kg_graph_lookup_relation (copy, "a", KG_PRED_ACQUIRED, "b");
  g_assert_cmpint (kg_relation_get_status (c), ==, KG_STATUS_REPORTED);
  assert_valid (copy);

  /* Merged: the firmer wins, in either order; a bare relation adds none. */
  static const struct {
    int a, b; /* -1: no evidence */
    KgStatus status;
  } merges[] = {
    { KG_STATUS_PLANNED, KG_STATUS_REPORTED, KG_STATUS_REPORTED },
    { KG_STATUS_REPORTED, KG_STATUS_PLANNED, KG_STATUS_REPORTED },
    { KG_STATUS_STATED, KG_STATUS_PLANNED, KG_STATUS_STATED },
    { -1, KG_STATUS_PLANNED, KG_STATUS_PLANNED },
    { KG_STATUS_PLANNED, -1, KG_STATUS_PLANNED },
    { -1, -1, KG_STATUS_STATED },
  };
  for (guint i = 0; i < G_N_ELEMENTS (merges); i++)
    {
      g_autoptr (KgGraph) a = three_entities ();
      g_autoptr (KgGraph) b = three_entities ();
      KgEvidence ea = piece ("a", 0, 1, 1, merges[i].a < 0 ? 0 : merges[i].a);
      KgEvidence eb = piece ("b", 0, 1, 1, merges[i].b < 0 ? 0 : merges[i].b);
      kg_graph_add_relation (a, "a", KG_PRED_SUPPLIES, "c", merges[i].a < 0 ? NULL : &ea);
      kg_graph_add_relation (b, "a", KG_PRED_SUPPLIES, "c", merges[i].b < 0 ? NULL : &eb);
      kg_graph_merge (a, b);
      KgRelation *m = kg_graph_lookup_relation (a, "a", KG_PRED_SUPPLIES, "c");
      g_assert_cmpint (kg_relation_get_status (m), ==, merges[i].status);
      assert_valid (a);
    }
}

static void
test_qualifiers (void)
{
  g_autoptr (KgGraph) g = three_entities ();
  char *doc = g_strdup ("news/1.txt"), *sentence = g_strdup ("xAI는 H100 10만개를 쓴다.");
  char *strings[KG_EVIDENCE_MAX_QUALIFIERS][3];
  KgEvidence ev
      = { doc, sentence, 3, 40, 2, KG_STATUS_STATED, KG_EVIDENCE_MAX_QUALIFIERS, { { 0 } } };
  for (guint q = 0; q < KG_EVIDENCE_MAX_QUALIFIERS; q++)
    {
      strings[q][0] = g_strdup_printf ("text %u", q);
      strings[q][1] = g_strdup_printf ("%u", 100 * q);
      strings[q][2] = q == 1 ? NULL : g_strdup_printf ("unit%u", q);
      KgQualifier qual
          = { (KgQualifierKind)(q % KG_QUAL_N), strings[q][0], strings[q][1], strings[q][2] };
      ev.qualifiers[q] = qual;
    }
  KgRelation *r = kg_graph_add_relation (g, "a", KG_PRED_USES, "b", &ev);
  /* More qualifiers than there is room for keeps the room's worth. */
  KgEvidence more = ev;
  more.start = 100;
  more.n_qualifiers = 9;
  kg_graph_add_relation (g, "a", KG_PRED_USES, "b", &more);
  g_assert_cmpuint (kg_relation_get_evidence (r, 1)->n_qualifiers, ==, KG_EVIDENCE_MAX_QUALIFIERS);
  /* Scribble over the caller's strings and free them: the store has copies. */
  memset (doc, '#', strlen (doc));
  memset (sentence, '#', strlen (sentence));
  g_free (doc);
  g_free (sentence);
  for (guint q = 0; q < KG_EVIDENCE_MAX_QUALIFIERS; q++)
    for (guint k = 0; k < 3; k++)
      {
        if (strings[q][k] != NULL)
          memset (strings[q][k], '#', strlen (strings[q][k]));
        g_free (strings[q][k]);
      }
  const KgEvidence *kept = kg_relation_get_evidence (r, 0);
  g_assert_cmpstr (kept->document, ==, "news/1.txt");
  g_assert_cmpstr (kept->sentence, ==, "xAI는 H100 10만개를 쓴다.");
  g_assert_cmpuint (kept->start, ==, 3);
  g_assert_cmpuint (kept->end, ==, 40);
  g_assert_cmpint (kept->strength, ==, 2);
  g_assert_cmpuint (kept->n_qualifiers, ==, KG_EVIDENCE_MAX_QUALIFIERS);
  for (guint q = 0; q < KG_EVIDENCE_MAX_QUALIFIERS; q++)
    {
      g_autofree char *text = g_strdup_printf ("text %u", q);
      g_autofree char *value = g_strdup_printf ("%u", 100 * q);
      g_autofree char *unit = q == 1 ? NULL : g_strdup_printf ("unit%u", q);
      g_assert_cmpint (kept->qualifiers[q].kind, ==, q % KG_QUAL_N);
      g_assert_cmpstr (kept->qualifiers[q].text, ==, text);
      g_assert_cmpstr (kept->qualifiers[q].value, ==, value);
      g_assert_cmpstr (kept->qualifiers[q].unit, ==, unit);
    }
  assert_valid (g);
}

static gsize
heap_in_use (void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
  return mallinfo2 ().uordblks;
#else
  return 0;
#endif
}

/* A million pieces keep three copies: the heap does not grow with them. */
static void
test_evidence_memory (void)
{
  g_autoptr (KgGraph) g = three_entities ();
  KgRelation *r = NULL;
  gsize before = 0;
  for (guint i = 0; i < 1000000; i++)
    {
      KgEvidence ev = piece ((i & 1) ? "odd" : "even", i, i + 1, (int)(i % 7), i % KG_STATUS_N);
      r = kg_graph_add_relation (g, "a", KG_PRED_USES, "c", &ev);
      if (i == 999)
        before = heap_in_use ();
    }
  gsize after = heap_in_use ();
  g_assert_cmpuint (after, <=, before + 4096);
  g_assert_cmpuint (kg_relation_get_evidence_count (r), ==, 1000000);
  g_assert_cmpuint (kg_relation_get_n_evidence (r), ==, KG_RELATION_MAX_EVIDENCE);
  g_assert_cmpint (kg_relation_get_status (r), ==, KG_STATUS_STATED);
  /* The three strongest with the smallest documents and starts. */
  g_assert_cmpint (kg_relation_get_evidence (r, 0)->strength, ==, 6);
  g_assert_cmpstr (kg_relation_get_evidence (r, 0)->document, ==, "even");
  g_assert_cmpuint (kg_relation_get_evidence (r, 0)->start, ==, 6);
  g_assert_cmpuint (kg_relation_get_evidence (r, 1)->start, ==, 20);
  assert_valid (g);
}

/* ---- iteration order ---- */

typedef enum {
  OP_ENTITY,
  OP_MENTION,
  OP_RELATION
} OpKind;

typedef struct {
  OpKind kind;
  const char *a, *b;
  int n;
} Op;

static const Op ops[] = {
  { OP_ENTITY, "zeta", NULL, KG_TYPE_PERSON },
  { OP_ENTITY, "alpha", NULL, KG_TYPE_ORGANIZATION },
  { OP_ENTITY, "mu", NULL, KG_TYPE_MODEL },
  { OP_ENTITY, "beta", NULL, KG_TYPE_HARDWARE },
  { OP_ENTITY, "Alpha", NULL, KG_TYPE_PROJECT },
  { OP_ENTITY, "alpha-2", NULL, KG_TYPE_ORGANIZATION },
  { OP_MENTION, "zeta", "제타", 0 },
  { OP_MENTION, "zeta", "Zeta", 1 },
  { OP_MENTION, "alpha", "Alpha Inc", 2 },
  { OP_MENTION, "alpha", "알파", 3 },
  { OP_MENTION, "mu", "Mu", 4 },
  { OP_RELATION, "zeta", "alpha", KG_PRED_FOUNDED },
  { OP_RELATION, "zeta", "alpha", KG_PRED_LEADS },
  { OP_RELATION, "alpha", "zeta", KG_PRED_PARTNER_OF },
  { OP_RELATION, "alpha", "mu", KG_PRED_DEVELOPED },
  { OP_RELATION, "beta", "alpha", KG_PRED_SUPPLIES },
  { OP_RELATION, "mu", "beta", KG_PRED_USES },
  { OP_RELATION, "mu", "alpha", KG_PRED_COMPETES_WITH },
  { OP_RELATION, "Alpha", "alpha-2", KG_PRED_PART_OF },
  { OP_RELATION, "alpha", "alpha-2", KG_PRED_OWNS },
  { OP_RELATION, "alpha", "alpha-2", KG_PRED_ACQUIRED },
};

#define REPS 5

static void
run_op (KgGraph *g, const Op *op, guint serial)
{
  g_autofree char *doc = g_strdup_printf ("doc-%u", serial % 5);
  switch (op->kind)
    {
    case OP_ENTITY:
      kg_graph_add_entity (g, op->a, op->n);
      break;
    case OP_MENTION:
      kg_entity_add_mention (kg_graph_lookup_entity (g, op->a), doc, op->b);
      break;
    case OP_RELATION:
      {
        KgEvidence ev = piece (doc, serial, serial + 3, (int)(serial % 3), serial % KG_STATUS_N);
        g_assert_nonnull (kg_graph_add_relation (g, op->a, op->n, op->b, &ev));
      }
      break;
    }
}

/* The same additions in another order give the same graph. */
static void
test_iteration_order (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (3);
  g_autofree char *first = NULL;
  for (guint round = 0; round < 20; round++)
    {
      /* Entities first (mentions and relations need them), the rest shuffled;
       * each op keeps its serial, so its document and evidence stay put. */
      guint order[G_N_ELEMENTS (ops) * REPS];
      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        order[i] = i;
      for (guint i = G_N_ELEMENTS (order) - 1; round > 0 && i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1), t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
      g_autoptr (KgGraph) g = kg_graph_new ();
      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < G_N_ELEMENTS (order); i++)
          if ((ops[order[i] / REPS].kind == OP_ENTITY) == (pass == 0))
            run_op (g, &ops[order[i] / REPS], order[i]);
      g_autofree char *d = dump (g);
      KgRelation *r = kg_graph_lookup_relation (g, "zeta", KG_PRED_LEADS, "alpha");
      g_assert_cmpuint (kg_relation_get_evidence_count (r), ==, REPS);
      g_assert_cmpuint (kg_relation_get_n_evidence (r), ==, KG_RELATION_MAX_EVIDENCE);
      if (first == NULL)
        {
          g_autoptr (GString) ids = g_string_new (NULL);
          g_autoptr (GString) rels = g_string_new (NULL);
          kg_graph_foreach_entity (g, collect_id, ids);
          kg_graph_foreach_relation (g, collect_relation, rels);
          g_assert_cmpstr (ids->str, ==, "Alpha alpha alpha-2 beta mu zeta ");
          g_assert_cmpstr (rels->str, ==,
                           "Alpha.partOf.alpha-2 alpha.acquired.alpha-2 alpha.developed.mu "
                           "alpha.partnerOf.zeta alpha.competesWith.mu alpha.owns.alpha-2 "
                           "beta.supplies.alpha mu.uses.beta zeta.founded.alpha "
                           "zeta.leads.alpha ");
          first = g_steal_pointer (&d);
        }
      else
        g_assert_cmpstr (d, ==, first);
    }
}

/* ---- merge laws ---- */

#define N_DOCS 16

static const char *const corpus_ids[] = { "alpha", "beta", "gamma", "delta", "eps", "zeta", "eta" };

/* One document's graph, random but fixed by \p d.  Document ids do not sort
 * in document order. */
static KgGraph *
corpus_doc (guint d)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (1000 + d);
  g_autofree char *doc = g_strdup_printf ("%c-doc-%02u", 'a' + (d * 7) % 26, d);
  KgGraph *g = kg_graph_new ();
  guint n = G_N_ELEMENTS (corpus_ids);
  for (guint i = 0; i < n; i++)
    {
      if (i > 1 && g_rand_int_range (rand, 0, 4) == 0)
        continue;
      KgEntity *e
          = kg_graph_add_entity (g, corpus_ids[i], (i + g_rand_int_range (rand, 0, 2)) % KG_TYPE_N);
      for (guint k = g_rand_int_range (rand, 1, 4); k > 0; k--)
        {
          static const char *const suffixes[] = { "", " Inc", " 주식회사", "-x" };
          g_autofree char *surface
              = g_strconcat (corpus_ids[i], suffixes[g_rand_int_range (rand, 0, 4)], NULL);
          kg_entity_add_mention (e, doc, surface);
        }
      if (g_rand_int_range (rand, 0, 3) == 0)
        kg_entity_set_name (e, g_rand_int_range (rand, 0, KG_LANG_N),
                            g_rand_boolean (rand) ? "Name One" : "Name Two");
      if (g_rand_int_range (rand, 0, 4) == 0)
        kg_entity_set_qid (e, g_rand_boolean (rand) ? "Q1" : "Q2");
      if (g_rand_int_range (rand, 0, 5) == 0)
        kg_entity_set_family (e, g_rand_boolean (rand) ? "fam-a" : "fam-b");
      if (g_rand_int_range (rand, 0, 3) > 0)
        kg_entity_set_discovered (e, i == 3 ? g_rand_boolean (rand) : (i % 2 == 0));
      if (g_rand_int_range (rand, 0, 6) == 0)
        kg_entity_add_alias (e, "listed alias");
      if (g_rand_int_range (rand, 0, 8) == 0)
        kg_entity_add_uncounted_documents (e, g_rand_int_range (rand, 1, 4));
    }
  for (guint k = 0; k < 10; k++)
    {
      const char *s = corpus_ids[g_rand_int_range (rand, 0, 3)];
      const char *o = corpus_ids[g_rand_int_range (rand, 0, n)];
      KgPredicate pred
          = g_rand_int_range (rand, 0, 4) == 0 ? KG_PRED_PARTNER_OF : g_rand_int_range (rand, 0, 3);
      gsize start = g_rand_int_range (rand, 0, 6) * 10;
      KgEvidence ev = piece (doc, start, start + 8, g_rand_int_range (rand, 0, 4),
                             g_rand_int_range (rand, 0, KG_STATUS_N));
      KgQualifier q = { KG_QUAL_DATE, "2024년", "2024", NULL };
      if (g_rand_boolean (rand))
        ev.qualifiers[ev.n_qualifiers++] = q;
      KgRelation *r
          = kg_graph_add_relation (g, s, pred, o, g_rand_int_range (rand, 0, 5) ? &ev : NULL);
      if (r != NULL && g_rand_int_range (rand, 0, 6) == 0)
        kg_relation_add_uncounted (r, 2);
    }
  assert_valid (g);
  return g;
}

/* Merges docs[from, to) into a new graph, in order or reversed. */
static KgGraph *
shard (KgGraph **docs, const guint *members, guint n, gboolean reversed)
{
  KgGraph *g = kg_graph_new ();
  for (guint i = 0; i < n; i++)
    kg_graph_merge (g, docs[members[reversed ? n - 1 - i : i]]);
  return g;
}

static void
test_merge_laws (void)
{
  KgGraph *docs[N_DOCS];
  guint all[N_DOCS];
  for (guint d = 0; d < N_DOCS; d++)
    docs[d] = corpus_doc (d), all[d] = d;

  g_autoptr (KgGraph) forward = shard (docs, all, N_DOCS, FALSE);
  g_autoptr (KgGraph) backward = shard (docs, all, N_DOCS, TRUE);
  g_autofree char *want = dump (forward);
  g_autofree char *got = dump (backward);
  g_assert_cmpstr (got, ==, want);

  /* The corpus exercises every cap and vote, or the comparison means little. */
  g_assert_cmpuint (kg_entity_get_n_documents (kg_graph_lookup_entity (forward, "alpha")), >,
                    KG_ENTITY_MAX_DOCUMENTS);
  g_assert_nonnull (strstr (want, "name.en=Name One"));
  g_assert_nonnull (strstr (want, "qid=Q1"));
  g_assert_nonnull (strstr (want, "discovered=1"));
  g_assert_nonnull (strstr (want, "2024년"));
  guint capped = 0;
  g_autoptr (GPtrArray) rels = kg_graph_ref_relations (forward);
  for (guint i = 0; i < rels->len; i++)
    capped += kg_relation_get_evidence_count (rels->pdata[i]) > KG_RELATION_MAX_EVIDENCE;
  g_assert_cmpuint (capped, >, 3);

  /* Random shardings into 3 to 5 shards, each built in some order, merged
   * in some order and grouping: always the same graph. */
  g_autoptr (GRand) rand = g_rand_new_with_seed (99);
  for (guint round = 0; round < 12; round++)
    {
      guint n_shards = 3 + round % 3, members[5][N_DOCS], sizes[5] = { 0 };
      for (guint d = 0; d < N_DOCS; d++)
        {
          guint s = d < n_shards ? d : (guint)g_rand_int_range (rand, 0, n_shards);
          members[s][sizes[s]++] = d;
        }
      KgGraph *shards[5];
      for (guint s = 0; s < n_shards; s++)
        shards[s] = shard (docs, members[s], sizes[s], g_rand_boolean (rand));
      /* Left fold in a random order ... */
      g_autoptr (KgGraph) left = kg_graph_new ();
      guint first = g_rand_int_range (rand, 0, n_shards);
      for (guint k = 0; k < n_shards; k++)
        kg_graph_merge (left, shards[(first + k * (round % 2 ? 1 : n_shards - 1)) % n_shards]);
      /* ... and a right-nested grouping: s0 + (s1 + (s2 + ...)). */
      g_autoptr (KgGraph) right = kg_graph_new ();
      kg_graph_merge (right, shards[n_shards - 1]);
      for (guint s = n_shards - 1; s-- > 0;)
        {
          g_autoptr (KgGraph) outer = kg_graph_new ();
          kg_graph_merge (outer, shards[s]);
          kg_graph_merge (outer, right);
          kg_graph_free (g_steal_pointer (&right));
          right = g_steal_pointer (&outer);
        }
      g_autofree char *l = dump (left);
      g_autofree char *r = dump (right);
      g_assert_cmpstr (l, ==, want);
      g_assert_cmpstr (r, ==, want);
      for (guint s = 0; s < n_shards; s++)
        kg_graph_free (shards[s]);
    }
  for (guint d = 0; d < N_DOCS; d++)
    kg_graph_free (docs[d]);
}

/* Merging into an empty graph copies everything; the source may go. */
static void
test_merge_copies (void)
{
  KgGraph *src = corpus_doc (5);
  g_autofree char *want = dump (src);
  g_autoptr (KgGraph) copy = kg_graph_new ();
  kg_graph_merge (copy, src);
  kg_graph_free (src);
  g_autofree char *got = dump (copy);
  g_assert_cmpstr (got, ==, want);
}

/* ---- views ---- */

/* hub(3) m1(2) chip(2) p1(1) far(1) p2(1) lonely(0), by degree and mentions. */
static KgGraph *
view_graph (void)
{
  static const struct {
    const char *id;
    KgType type;
    guint mentions;
  } entities[] = {
    { "hub", KG_TYPE_ORGANIZATION, 5 }, { "p1", KG_TYPE_PERSON, 3 },
    { "p2", KG_TYPE_PERSON, 1 },        { "m1", KG_TYPE_MODEL, 2 },
    { "chip", KG_TYPE_HARDWARE, 1 },    { "far", KG_TYPE_ORGANIZATION, 1 },
    { "lonely", KG_TYPE_PERSON, 50 },
  };
  static const struct {
    const char *s;
    KgPredicate p;
    const char *o;
    guint evidence;
  } relations[] = {
    { "p1", KG_PRED_LEADS, "hub", 3 },     { "p2", KG_PRED_WORKS_AT, "hub", 1 },
    { "hub", KG_PRED_DEVELOPED, "m1", 2 }, { "m1", KG_PRED_USES, "chip", 1 },
    { "chip", KG_PRED_PART_OF, "far", 1 },
  };
  KgGraph *g = kg_graph_new ();
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    mentions (kg_graph_add_entity (g, entities[i].id, entities[i].type), "doc", entities[i].id,
              entities[i].mentions);
  kg_entity_set_name (kg_graph_lookup_entity (g, "hub"), KG_LANG_EN, "Hub Corp");
  kg_entity_set_qid (kg_graph_lookup_entity (g, "hub"), "Q42");
  for (guint i = 0; i < G_N_ELEMENTS (relations); i++)
    for (guint k = 0; k < relations[i].evidence; k++)
      {
        KgEvidence ev = piece ("doc", 10 * k, 10 * k + 5, (int)k, KG_STATUS_REPORTED);
        kg_graph_add_relation (g, relations[i].s, relations[i].p, relations[i].o, &ev);
      }
  assert_valid (g);
  return g;
}

static const struct {
  KgViewOptions options;
  const char *entities; /* in id order */
  const char *relations;
} views[] = {
  { { 0 },
    "chip far hub lonely m1 p1 p2 ",
    "chip.partOf.far hub.developed.m1 m1.uses.chip p1.leads.hub p2.worksAt.hub " },
  { { .top = 3 }, "chip hub m1 ", "hub.developed.m1 m1.uses.chip " },
  { { .top = 5 },
    "chip far hub m1 p1 ",
    "chip.partOf.far hub.developed.m1 m1.uses.chip p1.leads.hub " },
  { { .top = 100 },
    "chip far hub lonely m1 p1 p2 ",
    "chip.partOf.far hub.developed.m1 m1.uses.chip p1.leads.hub p2.worksAt.hub " },
  { { .focus = "p1" }, "hub p1 ", "p1.leads.hub " },
  { { .focus = "p1", .depth = 1 }, "hub p1 ", "p1.leads.hub " },
  { { .focus = "p1", .depth = 2 },
    "hub m1 p1 p2 ",
    "hub.developed.m1 p1.leads.hub p2.worksAt.hub " },
  { { .focus = "p1", .depth = 3 },
    "chip hub m1 p1 p2 ",
    "hub.developed.m1 m1.uses.chip p1.leads.hub p2.worksAt.hub " },
  { { .focus = "Hub Corp" }, "hub m1 p1 p2 ", "hub.developed.m1 p1.leads.hub p2.worksAt.hub " },
  { { .focus = "lonely", .depth = 4 }, "lonely ", "" },
  /* The focus stays whatever the cut. */
  { { .focus = "far", .depth = 3, .top = 2 }, "far m1 ", "" },
  { { .types = (1 << KG_TYPE_PERSON) | (1 << KG_TYPE_ORGANIZATION) },
    "far hub lonely p1 p2 ",
    "p1.leads.hub p2.worksAt.hub " },
  { { .types = 1 << KG_TYPE_MODEL, .focus = "hub" }, "hub m1 ", "hub.developed.m1 " },
  { { .min_evidence = 2 }, "chip far hub lonely m1 p1 p2 ", "hub.developed.m1 p1.leads.hub " },
  { { .min_evidence = 2, .top = 2 }, "hub p1 ", "p1.leads.hub " },
  { { .min_evidence = 2, .focus = "m1", .depth = 5 },
    "hub m1 p1 ",
    "hub.developed.m1 p1.leads.hub " },
  /* No relation left: the top by mentions, isolated, still shown. */
  { { .min_evidence = 100, .top = 2 }, "hub lonely ", "" },
};

static void
test_filter (void)
{
  g_autoptr (KgGraph) g = view_graph ();
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autoptr (GError) error = NULL;
      KgViewDropped dropped = { 12345, 12345, 12345 };
      g_autoptr (KgGraph) v = kg_graph_filter (g, &views[i].options, &dropped, &error);
      g_assert_no_error (error);
      g_assert_nonnull (v);
      assert_valid (v);
      g_autoptr (GString) ids = g_string_new (NULL);
      g_autoptr (GString) rels = g_string_new (NULL);
      kg_graph_foreach_entity (v, collect_id, ids);
      kg_graph_foreach_relation (v, collect_relation, rels);
      g_assert_cmpstr (ids->str, ==, views[i].entities);
      g_assert_cmpstr (rels->str, ==, views[i].relations);
      g_assert_cmpuint (dropped.outside + dropped.isolated + dropped.cut, ==,
                        kg_graph_n_entities (g) - kg_graph_n_entities (v));
      g_assert_cmpuint (dropped.isolated, ==, 0); /* counted only with .connected */
    }
  g_autoptr (KgGraph) all = kg_graph_filter (g, NULL, NULL, NULL);
  g_autofree char *a = dump (all);
  g_autofree char *b = dump (g);
  g_assert_cmpstr (a, ==, b);
}

/* Views with .connected: no kept entity is without a relation to another
 * (but the focus), and the reasons for leaving out are counted. */
static const struct {
  KgViewOptions options;
  const char *entities, *relations;
  KgViewDropped dropped;
} connected_views[] = {
  { { .connected = TRUE },
    "chip far hub m1 p1 p2 ",
    "chip.partOf.far hub.developed.m1 m1.uses.chip p1.leads.hub p2.worksAt.hub ",
    { 0, 1, 0 } },
  /* hub ranks first but waits for a neighbour: m1 brings it in. */
  { { .connected = TRUE, .top = 2 }, "hub m1 ", "hub.developed.m1 ", { 0, 1, 4 } },
  { { .connected = TRUE, .top = 4 },
    "chip hub m1 p1 ",
    "hub.developed.m1 m1.uses.chip p1.leads.hub ",
    { 0, 1, 2 } },
  /* No pair fits in one place: the best entity with relations. */
  { { .connected = TRUE, .top = 1 }, "hub ", "", { 0, 1, 5 } },
  /* far's only relation is to chip, which is not a type asked for. */
  { { .connected = TRUE, .types = (1 << KG_TYPE_PERSON) | (1 << KG_TYPE_ORGANIZATION) },
    "hub p1 p2 ",
    "p1.leads.hub p2.worksAt.hub ",
    { 2, 2, 0 } },
  { { .connected = TRUE, .min_evidence = 2, .top = 3 },
    "hub m1 p1 ",
    "hub.developed.m1 p1.leads.hub ",
    { 0, 4, 0 } },
  /* Without .connected this is "far m1", two entities with no relation. */
  { { .connected = TRUE, .focus = "far", .depth = 3, .top = 2 },
    "chip far ",
    "chip.partOf.far ",
    { 3, 0, 2 } },
  { { .connected = TRUE, .focus = "lonely" }, "lonely ", "", { 6, 0, 0 } },
  { { .connected = TRUE, .min_evidence = 100 }, "", "", { 0, 7, 0 } },
};

static void
test_filter_connected (void)
{
  g_autoptr (KgGraph) g = view_graph ();
  for (guint i = 0; i < G_N_ELEMENTS (connected_views); i++)
    {
      KgViewDropped dropped = { 12345, 12345, 12345 };
      g_autoptr (KgGraph) v = kg_graph_filter (g, &connected_views[i].options, &dropped, NULL);
      g_assert_nonnull (v);
      assert_valid (v);
      g_autoptr (GString) ids = g_string_new (NULL);
      g_autoptr (GString) rels = g_string_new (NULL);
      kg_graph_foreach_entity (v, collect_id, ids);
      kg_graph_foreach_relation (v, collect_relation, rels);
      g_assert_cmpstr (ids->str, ==, connected_views[i].entities);
      g_assert_cmpstr (rels->str, ==, connected_views[i].relations);
      g_assert_cmpuint (dropped.outside, ==, connected_views[i].dropped.outside);
      g_assert_cmpuint (dropped.isolated, ==, connected_views[i].dropped.isolated);
      g_assert_cmpuint (dropped.cut, ==, connected_views[i].dropped.cut);
    }
}

/* An entity that waited for a neighbour is kept when one comes: h ranks
 * first, then a (2 relations, most mentions), both waiting; b comes with h,
 * and brings a, which ranks above c. */
static void
test_filter_waiting (void)
{
  g_autoptr (KgGraph) g = kg_graph_new ();
  static const char *const ids[] = { "a", "b", "c", "h", "l1", "l2" };
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    mentions (kg_graph_add_entity (g, ids[i], KG_TYPE_ORGANIZATION), "doc", ids[i],
              i == 0 ? 100 : 1);
  static const char *const pairs[][2] = { { "a", "b" }, { "a", "c" }, { "b", "h" },
                                          { "c", "h" }, { "l1", "h" }, { "l2", "h" } };
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      KgEvidence ev = piece ("doc", 10 * i, 10 * i + 5, 1, KG_STATUS_STATED);
      kg_graph_add_relation (g, pairs[i][0], KG_PRED_PARTNER_OF, pairs[i][1], &ev);
    }
  KgViewOptions options = { .connected = TRUE, .top = 3 };
  KgViewDropped dropped = { 0 };
  g_autoptr (KgGraph) v = kg_graph_filter (g, &options, &dropped, NULL);
  g_autoptr (GString) got = g_string_new (NULL);
  kg_graph_foreach_entity (v, collect_id, got);
  g_assert_cmpstr (got->str, ==, "a b h ");
  g_assert_cmpuint (dropped.cut, ==, 3);
}

/* A view owns its copies: every attribute survives the source. */
static void
test_filter_copies (void)
{
  KgGraph *g = view_graph ();
  KgViewOptions options = { .top = 3 };
  KgViewDropped dropped = { 0 };
  g_autoptr (KgGraph) v = kg_graph_filter (g, &options, &dropped, NULL);
  g_autoptr (GString) want = g_string_new (NULL);
  static const char *const ids[] = { "chip", "hub", "m1" };
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    dump_entity (kg_graph_lookup_entity (g, ids[i]), want);
  dump_relation (kg_graph_lookup_relation (g, "hub", KG_PRED_DEVELOPED, "m1"), want);
  dump_relation (kg_graph_lookup_relation (g, "m1", KG_PRED_USES, "chip"), want);
  g_assert_true (kg_graph_lookup_entity (v, "hub") != kg_graph_lookup_entity (g, "hub"));
  kg_graph_free (g);
  g_autofree char *got = dump (v);
  g_assert_cmpuint (dropped.cut, ==, 4);
  g_assert_cmpuint (dropped.outside + dropped.isolated, ==, 0);
  g_assert_cmpstr (strchr (got, '\n') + 1, ==, want->str);
  g_assert_nonnull (strstr (got, "name.en=Hub Corp"));
  g_assert_nonnull (strstr (got, "qid=Q42"));
}

static void
test_filter_not_found (void)
{
  g_autoptr (KgGraph) g = view_graph ();
  KgViewOptions options = { .focus = "Nobody Inc", .top = 3 };
  g_autoptr (GError) error = NULL;
  KgViewDropped dropped = { 7, 7, 7 };
  KgGraph *v = kg_graph_filter (g, &options, &dropped, &error);
  g_assert_null (v);
  g_assert_error (error, KG_GRAPH_ERROR, KG_GRAPH_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Nobody Inc"));
  assert_valid (g);
}

/* ---- finding entities ---- */

static const struct {
  const char *name, *id; /* NULL: none */
} finds[] = {
  { "openai", "openai" },        /* the id */
  { "OpenAI", "openai" },        /* a set name */
  { "오픈AI", "openai" },        /* a voted name */
  { "Open AI", "open-ai-fund" }, /* an exact alias beats folding */
  { "OPEN-A.I.", "openai" },     /* folded: both match, more mentions wins */
  { "ｏｐｅｎａｉ", "openai" },  /* compatibility forms fold */
  { "오픈 AI", "openai" },
  { "Twin", "twin-a" },   /* equal mentions: the smaller id */
  { "twin", "twin" },     /* an id beats another's alias */
  { "Triplet", "x-two" }, /* more mentions win */
  { "TRIP LET", "x-two" },
  { "TWIN", "other" },    /* folded: id, aliases; most mentions */
  { "Twin-B", "twin-b" }, /* folded id */
  { "nothing", NULL },
  { "", NULL },
  { " -. ", NULL },
};

static void
test_find_entity (void)
{
  g_autoptr (KgGraph) g = kg_graph_new ();
  KgEntity *e = kg_graph_add_entity (g, "openai", KG_TYPE_ORGANIZATION);
  kg_entity_set_name (e, KG_LANG_EN, "OpenAI");
  mentions (e, "d", "오픈AI", 10);
  mentions (kg_graph_add_entity (g, "open-ai-fund", KG_TYPE_ORGANIZATION), "d", "Open AI", 1);
  mentions (kg_graph_add_entity (g, "twin-b", KG_TYPE_PERSON), "d", "Twin", 2);
  mentions (kg_graph_add_entity (g, "twin-a", KG_TYPE_PERSON), "d", "Twin", 2);
  mentions (kg_graph_add_entity (g, "twin", KG_TYPE_PERSON), "d", "Solo", 1);
  mentions (kg_graph_add_entity (g, "other", KG_TYPE_PERSON), "d", "twin", 5);
  mentions (kg_graph_add_entity (g, "x-one", KG_TYPE_MODEL), "d", "Triplet", 1);
  mentions (kg_graph_add_entity (g, "x-two", KG_TYPE_MODEL), "d", "Triplet", 3);
  for (guint i = 0; i < G_N_ELEMENTS (finds); i++)
    {
      KgEntity *found = kg_graph_find_entity (g, finds[i].name);
      if (finds[i].id == NULL)
        g_assert_null (found);
      else
        {
          g_assert_nonnull (found);
          g_assert_cmpstr (kg_entity_get_id (found), ==, finds[i].id);
        }
    }
  assert_valid (g);
}

/* ---- invariants ---- */

static void
assert_broken (const KgGraph *g, const char *fragment)
{
  g_autoptr (GError) error = NULL;
  g_assert_false (kg_graph_check (g, &error));
  g_assert_error (error, KG_GRAPH_ERROR, KG_GRAPH_ERROR_INVARIANT);
  if (strstr (error->message, fragment) == NULL)
    g_error ("'%s' does not name '%s'", error->message, fragment);
}

static void
test_check (void)
{
  g_autoptr (KgGraph) g = corpus_doc (2);
  g_autoptr (KgGraph) other = three_entities ();
  KgGraph *big = kg_graph_new ();
  for (guint d = 0; d < N_DOCS; d++)
    {
      g_autoptr (KgGraph) doc = corpus_doc (d);
      kg_graph_merge (big, doc);
    }
  assert_valid (big);
  kg_graph_free (big);

  KgEntity *alpha = kg_graph_lookup_entity (g, "alpha");
  KgEvidence strong = piece ("x", 0, 5, 9, KG_STATUS_STATED);
  KgEvidence weak = piece ("x", 10, 15, 1, KG_STATUS_PLANNED);
  kg_graph_add_relation (g, "alpha", KG_PRED_OWNS, "beta", &weak);
  KgRelation *r = kg_graph_add_relation (g, "alpha", KG_PRED_OWNS, "beta", &strong);
  const char *name = "'alpha owns beta'";
  assert_valid (g);

  /* Evidence out of order. */
  KgEvidence t = r->evidence[0];
  r->evidence[0] = r->evidence[1];
  r->evidence[1] = t;
  assert_broken (g, name);
  r->evidence[1] = r->evidence[0];
  r->evidence[0] = t;
  assert_valid (g);

  /* Fewer counted than kept. */
  guint count = r->count;
  r->count = 1;
  assert_broken (g, name);
  r->count = count;

  /* Kept evidence firmer than the relation's status. */
  KgStatus status = r->status;
  r->status = KG_STATUS_N;
  assert_broken (g, name);
  r->status = status;

  /* Pointing at an entity of another graph. */
  KgEntity *object = r->key.object;
  r->key.object = kg_graph_lookup_entity (other, "b");
  assert_broken (g, "outside the graph");
  r->key.object = object;

  /* A symmetric pair out of order (its hash key would be wrong too). */
  KgRelation *sym = kg_graph_add_relation (other, "a", KG_PRED_COMPETES_WITH, "b", NULL);
  KgEntity *s = sym->key.subject;
  sym->key.subject = sym->key.object;
  sym->key.object = s;
  assert_broken (other, "'b competesWith a' is symmetric");
  sym->key.object = sym->key.subject;
  sym->key.subject = s;
  assert_valid (other);

  /* An entity: documents unsorted, mentions not adding up, no id. */
  kg_entity_add_mention (alpha, "a-doc", "x");
  kg_entity_add_mention (alpha, "b-doc", "x");
  char *d = alpha->documents[0];
  alpha->documents[0] = alpha->documents[1];
  alpha->documents[1] = d;
  assert_broken (g, "entity 'alpha'");
  alpha->documents[1] = alpha->documents[0];
  alpha->documents[0] = d;
  assert_valid (g);
  alpha->mentions++;
  assert_broken (g, "entity 'alpha' has");
  alpha->mentions--;
  guint docs = alpha->n_documents;
  alpha->n_documents = 0;
  assert_broken (g, "entity 'alpha' keeps");
  alpha->n_documents = docs;
  char *id = alpha->id;
  alpha->id = NULL;
  assert_broken (g, "'alpha' has no id");
  alpha->id = id;
  char first = id[0];
  id[0] = '\0';
  assert_broken (g, "empty id");
  id[0] = first;
  assert_valid (g);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/graph/vocab", test_vocab);
  g_test_add_func ("/graph/slug", test_slug);
  g_test_add_func ("/graph/entity/add", test_entity_add);
  g_test_add_func ("/graph/entity/type-votes", test_type_votes);
  g_test_add_func ("/graph/entity/names", test_names);
  g_test_add_func ("/graph/entity/documents", test_documents);
  g_test_add_func ("/graph/entity/links", test_links);
  g_test_add_func ("/graph/relation/add", test_relation_add);
  g_test_add_func ("/graph/relation/evidence-cap", test_evidence_cap);
  g_test_add_func ("/graph/relation/evidence-dedupe", test_evidence_dedupe);
  g_test_add_func ("/graph/relation/status", test_status);
  g_test_add_func ("/graph/relation/qualifiers", test_qualifiers);
  g_test_add_func ("/graph/relation/evidence-memory", test_evidence_memory);
  g_test_add_func ("/graph/iteration-order", test_iteration_order);
  g_test_add_func ("/graph/merge/laws", test_merge_laws);
  g_test_add_func ("/graph/merge/copies", test_merge_copies);
  g_test_add_func ("/graph/filter/views", test_filter);
  g_test_add_func ("/graph/filter/connected", test_filter_connected);
  g_test_add_func ("/graph/filter/waiting", test_filter_waiting);
  g_test_add_func ("/graph/filter/copies", test_filter_copies);
  g_test_add_func ("/graph/filter/not-found", test_filter_not_found);
  g_test_add_func ("/graph/find-entity", test_find_entity);
  g_test_add_func ("/graph/check", test_check);
  return g_test_run ();
}
