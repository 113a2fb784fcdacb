/* SPDX-License-Identifier: MIT */
/* dot-fixtures.h: the small graphs the diagram tests draw, built in C: a
 * Korean founding story (every type, every status, a discovered entity,
 * symmetric and parallel edges, a QID), a graph of hostile text (quotes,
 * backslashes, markup, CDATA ends, entities, control characters, bidi
 * overrides), and a generated graph of N entities for the size strategy. */
#ifndef KG_TEST_DOT_FIXTURES_H
#define KG_TEST_DOT_FIXTURES_H

#include <string.h>

#include "kg-out.h"

static KgEntity *
fx_entity (KgGraph *g, const char *id, KgType type, const char *ko, const char *en, int mentions,
           const char *doc)
{
  KgEntity *e = kg_graph_add_entity (g, id, type);
  if (ko != NULL)
    kg_entity_set_name (e, KG_LANG_KO, ko);
  if (en != NULL)
    kg_entity_set_name (e, KG_LANG_EN, en);
  for (int i = 0; i < mentions; i++)
    kg_entity_add_mention (e, doc, ko != NULL ? ko : en);
  return e;
}

static void
fx_relation (KgGraph *g, const char *s, KgPredicate p, const char *o, int n, KgStatus status,
             const char *sentence)
{
  for (int i = 0; i < n; i++)
    {
      g_autofree char *doc = g_strdup_printf ("news/%02d.txt", i);
      KgEvidence ev = { doc, sentence, 10 * i, 10 * i + strlen (sentence), 1, status, 0, { { 0 } } };
      kg_graph_add_relation (g, s, p, o, &ev);
    }
}

/* Every type and status, a discovered entity, a QID, parallel and
 * symmetric edges, and 1 to 8 pieces of evidence. */
static KgGraph *
fx_story (void)
{
  KgGraph *g = kg_graph_new ();
  KgEntity *musk = fx_entity (g, "elon-musk", KG_TYPE_PERSON, "일론 머스크", "Elon Musk", 4, "news/01.txt");
  kg_entity_set_qid (musk, "Q317521");
  kg_entity_add_alias (musk, "머스크");
  fx_entity (g, "xai", KG_TYPE_ORGANIZATION, "엑스AI", "xAI", 3, "news/01.txt");
  fx_entity (g, "openai", KG_TYPE_ORGANIZATION, "오픈AI", "OpenAI", 5, "news/02.txt");
  fx_entity (g, "grok-3", KG_TYPE_MODEL, "그록 3", "Grok 3", 2, "news/01.txt");
  fx_entity (g, "colossus", KG_TYPE_HARDWARE, "콜로서스", "Colossus", 1, "news/03.txt");
  fx_entity (g, "stargate", KG_TYPE_PROJECT, "스타게이트 프로젝트", "Stargate Project", 2, "news/02.txt");
  KgEntity *d = fx_entity (g, "ttipsikeu", KG_TYPE_ORGANIZATION, NULL, NULL, 0, NULL);
  kg_entity_set_discovered (d, TRUE);
  kg_entity_add_mention (d, "news/04.txt", "딥시크");
  fx_relation (g, "elon-musk", KG_PRED_FOUNDED, "xai", 8, KG_STATUS_STATED, "머스크는 2023년 xAI를 설립했다.");
  fx_relation (g, "elon-musk", KG_PRED_FOUNDED, "openai", 2, KG_STATUS_STATED, "머스크는 오픈AI를 공동 설립했다.");
  fx_relation (g, "elon-musk", KG_PRED_OFFERED_TO_ACQUIRE, "openai", 1, KG_STATUS_PLANNED, "머스크는 오픈AI 인수를 제안했다.");
  fx_relation (g, "xai", KG_PRED_DEVELOPED, "grok-3", 3, KG_STATUS_STATED, "xAI는 그록 3을 공개했다.");
  fx_relation (g, "xai", KG_PRED_USES, "colossus", 1, KG_STATUS_REPORTED, "xAI는 콜로서스를 쓰는 것으로 알려졌다.");
  fx_relation (g, "openai", KG_PRED_PART_OF, "stargate", 1, KG_STATUS_STATED, "오픈AI는 스타게이트에 참여한다.");
  fx_relation (g, "xai", KG_PRED_COMPETES_WITH, "openai", 2, KG_STATUS_STATED, "xAI와 오픈AI는 경쟁한다.");
  fx_relation (g, "ttipsikeu", KG_PRED_COMPETES_WITH, "openai", 1, KG_STATUS_STATED, "딥시크는 오픈AI와 경쟁한다.");
  return g;
}

/* Text an article could carry into labels and tooltips.  The scripts set
 * top.kgPwned, which tests/chromium/check.js reads. */
static const char *const fx_hostile_names[] = {
  "<script>top.kgPwned=1</script>",
  "]]><svg onload=top.kgPwned=2>",
  "Quote \" and back\\slash \\N \\l \\",
  "R&D; &foo; &#0; &#x110000; &amp; AT&T",
  "ctrl\x01\x07\x1b[31m bell",
  "RLO \xe2\x80\xae" "cba \xe2\x81\xa6iso\xe2\x81\xa9",
  "<b>bold</b> <img src=x onerror=top.kgPwned=3>",
  "line\nbreak\ttab",
  "zero\xe2\x80\x8b width \xef\xbf\xbe nonchar \xc2\x85 nel",
};

static KgGraph *
fx_hostile (void)
{
  KgGraph *g = kg_graph_new ();
  fx_entity (g, "openai", KG_TYPE_ORGANIZATION, "오픈AI", "OpenAI", 1, "a.txt");
  for (gsize i = 0; i < G_N_ELEMENTS (fx_hostile_names); i++)
    {
      g_autofree char *id = g_strdup_printf ("hostile-%zu", i);
      KgEntity *e = fx_entity (g, id, KG_TYPE_PERSON, NULL, fx_hostile_names[i], 1,
                               fx_hostile_names[(i + 1) % G_N_ELEMENTS (fx_hostile_names)]);
      kg_entity_add_alias (e, fx_hostile_names[(i + 2) % G_N_ELEMENTS (fx_hostile_names)]);
      kg_entity_set_qid (e, i == 0 ? "Q1\"><script>top.kgPwned=4</script>" : NULL);
      fx_relation (g, id, KG_PRED_WORKS_AT, "openai", 1, KG_STATUS_STATED, fx_hostile_names[i]);
    }
  /* An id that is not a slug. */
  fx_entity (g, "odd id\"]; x -> y", KG_TYPE_MODEL, "이상한 \\ 이름", NULL, 1, "b.txt");
  fx_relation (g, "openai", KG_PRED_DEVELOPED, "odd id\"]; x -> y", 1, KG_STATUS_PLANNED, "]]>");
  return g;
}

/* \p n entities in clusters of ten around hubs, Korean names. */
static KgGraph *
fx_large (guint n)
{
  KgGraph *g = kg_graph_new ();
  static const KgType types[] = { KG_TYPE_ORGANIZATION, KG_TYPE_PERSON, KG_TYPE_MODEL,
                                  KG_TYPE_HARDWARE, KG_TYPE_PROJECT };
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%04u", i);
      g_autofree char *ko = g_strdup_printf ("개체 %u호 연구소", i);
      fx_entity (g, id, i % 10 == 0 ? KG_TYPE_ORGANIZATION : types[i % 5], ko, NULL, 1, "n.txt");
    }
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%04u", i);
      g_autofree char *hub = g_strdup_printf ("e%04u", i / 10 * 10 == i ? (i / 100) * 10 : i / 10 * 10);
      if (strcmp (id, hub) != 0)
        fx_relation (g, id, (KgPredicate) (i % KG_PRED_N), hub, 1 + i % 4, KG_STATUS_STATED, "문장.");
    }
  return g;
}

#endif /* KG_TEST_DOT_FIXTURES_H */
