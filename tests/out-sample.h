/* SPDX-License-Identifier: MIT */
/* out-sample.h: the small graph that the out stage's tests export, built in
 * C: Hangul and Latin names, alias votes, type votes, a discovered entity,
 * more than 8 documents and more than 3 sentences, every qualifier, every
 * status, symmetric and parallel edges, and a sentence with quotes,
 * backslash, markup, a newline and a control character. */
#ifndef KG_TEST_OUT_SAMPLE_H
#define KG_TEST_OUT_SAMPLE_H

#include <string.h>

#include "kg-out.h"

static const char *const docs[] = {
  "/data/기사 모음/article 1.txt", "seeds/a%b.txt", "doc-42", "d03", "d04", "d05", "d06",
  "d07", "d08", "d09",
};

static void
mention (KgEntity *e, const char *doc, const char *surface, int times)
{
  for (int i = 0; i < times; i++)
    kg_entity_add_mention (e, doc, surface);
}

static void
add_entities (KgGraph *g)
{
  KgEntity *e = kg_graph_add_entity (g, "elon-musk", KG_TYPE_PERSON);
  kg_entity_set_name (e, KG_LANG_KO, "일론 머스크");
  kg_entity_set_name (e, KG_LANG_EN, "Elon Musk");
  kg_entity_set_qid (e, "Q317521");
  mention (e, docs[0], "일론 머스크", 2);
  mention (e, docs[1], "머스크", 3);
  mention (e, docs[2], "Elon Musk", 1);
  e = kg_graph_add_entity (g, "sam-altman", KG_TYPE_PERSON);
  kg_entity_set_name (e, KG_LANG_KO, "샘 올트먼");
  kg_entity_set_name (e, KG_LANG_EN, "Sam Altman");
  kg_entity_add_alias (e, "올트만");
  mention (e, docs[0], "샘 알트먼", 1);
  mention (e, docs[1], "Sam Altman", 1);
  e = kg_graph_add_entity (g, "openai", KG_TYPE_ORGANIZATION);
  kg_entity_set_name (e, KG_LANG_KO, "오픈AI");
  kg_entity_set_name (e, KG_LANG_EN, "OpenAI");
  kg_entity_set_qid (e, "Q21708200");
  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    mention (e, docs[i], i % 2 ? "OpenAI" : "오픈AI", 1);
  e = kg_graph_add_entity (g, "xai", KG_TYPE_ORGANIZATION);
  kg_entity_set_name (e, KG_LANG_EN, "xAI");
  mention (e, docs[3], "xAI", 2);
  /* Type votes: model twice, organization once. */
  kg_graph_add_entity (g, "gpt-4", KG_TYPE_ORGANIZATION);
  kg_graph_add_entity (g, "gpt-4", KG_TYPE_MODEL);
  e = kg_graph_add_entity (g, "gpt-4", KG_TYPE_MODEL);
  kg_entity_set_name (e, KG_LANG_EN, "GPT-4");
  kg_entity_set_family (e, "gpt");
  mention (e, docs[2], "GPT-4", 1);
  /* Discovered: the names come from the alias votes. */
  e = kg_graph_add_entity (g, "ttipsikeu", KG_TYPE_ORGANIZATION);
  kg_entity_set_discovered (e, TRUE);
  mention (e, docs[4], "딥시크", 2);
  mention (e, docs[5], "DeepSeek", 1);
  mention (e, docs[5], "Deepseek", 1);
  e = kg_graph_add_entity (g, "nvidia-h100", KG_TYPE_HARDWARE);
  kg_entity_set_name (e, KG_LANG_EN, "H100");
  mention (e, docs[3], "H100", 1);
}

static KgEvidence
evidence (const char *doc, const char *sentence, gsize start, int strength, KgStatus status)
{
  KgEvidence ev = { doc, sentence, start, start + strlen (sentence), strength, status, 0, { { 0 } } };
  return ev;
}

static void
qualify (KgEvidence *ev, KgQualifierKind kind, const char *text, const char *value,
         const char *unit)
{
  KgQualifier q = { kind, text, value, unit };
  ev->qualifiers[ev->n_qualifiers++] = q;
}

static void
add_relations (KgGraph *g)
{
  const char *tricky = "머스크는 \"quoted\" back\\slash <b>bold</b>\nnew line \x01 ctrl "
                       "2015년 12월 오픈AI를 세웠다.";
  for (int i = 0; i < 5; i++)
    {
      KgEvidence ev = evidence (docs[i], i == 0 ? tricky : "머스크는 오픈AI를 공동 설립했다.",
                                100 * i, 5 - i, KG_STATUS_STATED);
      if (i == 0)
        qualify (&ev, KG_QUAL_DATE, "2015년 12월", "2015-12", NULL);
      kg_graph_add_relation (g, "elon-musk", KG_PRED_FOUNDED, "openai", &ev);
    }
  KgEvidence ev = evidence (docs[1], "Sam Altman co-founded OpenAI in 2015.", 10, 3,
                            KG_STATUS_STATED);
  qualify (&ev, KG_QUAL_DATE, "2015", "2015", NULL);
  kg_graph_add_relation (g, "sam-altman", KG_PRED_FOUNDED, "openai", &ev);
  ev = evidence (docs[0], "올트먼이 오픈AI를 이끄는 것으로 알려졌다.", 50, 2, KG_STATUS_REPORTED);
  kg_graph_add_relation (g, "sam-altman", KG_PRED_LEADS, "openai", &ev);
  ev = evidence (docs[2], "머스크는 오픈AI를 974억 달러에 인수하겠다고 제안했다.", 0, 4,
                 KG_STATUS_PLANNED);
  qualify (&ev, KG_QUAL_MONEY, "974억 달러", "97400000000", "USD");
  qualify (&ev, KG_QUAL_DATE, "2025년 2월", "2025-02", NULL);
  kg_graph_add_relation (g, "elon-musk", KG_PRED_OFFERED_TO_ACQUIRE, "openai", &ev);
  ev = evidence (docs[3], "xAI는 H100 10만개를 2024년 2월 29일부터 쓴다.", 7, 3, KG_STATUS_STATED);
  qualify (&ev, KG_QUAL_QUANTITY, "H100 10만개", "100000", "GPU");
  qualify (&ev, KG_QUAL_DATE, "2024년 2월 29일", "2024-02-29", NULL);
  kg_graph_add_relation (g, "xai", KG_PRED_USES, "nvidia-h100", &ev);
  ev = evidence (docs[2], "OpenAI developed GPT-4.", 0, 3, KG_STATUS_STATED);
  kg_graph_add_relation (g, "openai", KG_PRED_DEVELOPED, "gpt-4", &ev);
  ev = evidence (docs[3], "xAI와 오픈AI는 경쟁한다.", 0, 2, KG_STATUS_STATED);
  kg_graph_add_relation (g, "xai", KG_PRED_COMPETES_WITH, "openai", &ev);
  ev = evidence (docs[3], "xAI와 오픈AI가 제휴를 검토한다.", 40, 1, KG_STATUS_PLANNED);
  kg_graph_add_relation (g, "openai", KG_PRED_PARTNER_OF, "xai", &ev);
  ev = evidence (docs[5], "딥시크는 오픈AI와 경쟁한다.", 3, 2, KG_STATUS_STATED);
  kg_graph_add_relation (g, "ttipsikeu", KG_PRED_COMPETES_WITH, "openai", &ev);
}

static KgGraph *
sample_graph (void)
{
  KgGraph *g = kg_graph_new ();
  add_entities (g);
  add_relations (g);
  g_assert_true (kg_graph_check (g, NULL));
  return g;
}

/* @return (transfer full): what \p name's exporter writes for \p g */
static char *
export_string (const KgGraph *g, const char *name, KgLang lang)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  KgOutOptions options = { .lang = lang };
  g_autoptr (GError) error = NULL;
  g_assert_true (kg_exporter_lookup (name)->write (g, &options, f, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fclose (f), ==, 0);
  return buf;
}

#endif /* KG_TEST_OUT_SAMPLE_H */
