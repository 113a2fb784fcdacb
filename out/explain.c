/* SPDX-License-Identifier: MIT */
/* explain.c: `kgraph explain NAME [NAME2]` for a terminal: the entity (names,
 * type, mentions, documents), then each of its relations, or only those
 * between the two, as "Subject —predicate→ Object  [N sentences, status]"
 * with up to three evidence sentences and where they come from. */
#include <string.h>

#include "kg-out.h"

/* Korean labels of the predicates, as the diagram's legend words them. */
static const char *const korean_predicates[KG_PRED_N] = {
  [KG_PRED_FOUNDED] = "설립",
  [KG_PRED_LEADS] = "이끎",
  [KG_PRED_WORKS_AT] = "근무",
  [KG_PRED_INVESTED_IN] = "투자",
  [KG_PRED_ACQUIRED] = "인수",
  [KG_PRED_OFFERED_TO_ACQUIRE] = "인수 제안",
  [KG_PRED_SUED] = "소송",
  [KG_PRED_DEVELOPED] = "개발",
  [KG_PRED_USES] = "사용",
  [KG_PRED_PARTNER_OF] = "제휴",
  [KG_PRED_COMPETES_WITH] = "경쟁",
  [KG_PRED_SUPPLIES] = "공급",
  [KG_PRED_OWNS] = "소유",
  [KG_PRED_PART_OF] = "소속",
};

static const char *
predicate_label (KgPredicate pred, KgLang lang)
{
  return lang == KG_LANG_KO ? korean_predicates[pred] : kg_predicate_name (pred);
}

/* @return (transfer full): \p s on one line, without control characters */
static char *
one_line (const char *s)
{
  g_autofree char *valid = g_utf8_make_valid (s, -1);
  GString *line = g_string_new (NULL);
  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = *p;
      if (c == '\n' || c == '\r' || c == '\t')
        g_string_append_c (line, ' ');
      else if (c >= 0x20 && c != 0x7f)
        g_string_append_c (line, c);
    }
  return g_string_free (line, FALSE);
}

static void
print_list (FILE *out, const char *title, GPtrArray *items)
{
  if (items->len == 0)
    return;
  fprintf (out, "  %s: ", title);
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *item = one_line (items->pdata[i]);
      fprintf (out, "%s%s", i > 0 ? ", " : "", item);
    }
  fputc ('\n', out);
}

static void
print_entity (FILE *out, const KgEntity *entity, KgLang lang)
{
  g_autofree char *label = one_line (kg_entity_get_label (entity, lang));
  fprintf (out, "%s (%s, %s%s)\n", label, kg_type_name (kg_entity_get_type (entity)),
           kg_entity_get_id (entity), kg_entity_get_discovered (entity) ? ", discovered" : "");
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  for (int l = 0; l < KG_LANG_N; l++)
    if (kg_entity_get_name (entity, l) != NULL)
      g_ptr_array_add (names, (gpointer) kg_entity_get_name (entity, l));
  print_list (out, "names", names);
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (entity);
  print_list (out, "aliases", aliases);
  if (kg_entity_get_qid (entity) != NULL)
    fprintf (out, "  wikidata: %s\n", kg_entity_get_qid (entity));
  guint n_docs = kg_entity_get_n_documents (entity);
  fprintf (out, "  %u mention%s in %u document%s\n", kg_entity_get_mentions (entity),
           kg_entity_get_mentions (entity) == 1 ? "" : "s", n_docs, n_docs == 1 ? "" : "s");
  g_autoptr (GPtrArray) docs = kg_entity_get_documents (entity);
  g_autofree char *title = n_docs > docs->len
                             ? g_strdup_printf ("documents (first %u)", docs->len)
                             : g_strdup ("documents");
  print_list (out, title, docs);
}

static void
print_relation (FILE *out, const KgRelation *relation, KgLang lang)
{
  g_autofree char *s = one_line (kg_entity_get_label (kg_relation_get_subject (relation), lang));
  g_autofree char *o = one_line (kg_entity_get_label (kg_relation_get_object (relation), lang));
  guint n = kg_relation_get_evidence_count (relation);
  fprintf (out, "%s —%s→ %s  [%u sentence%s, %s]\n", s,
           predicate_label (kg_relation_get_predicate (relation), lang), o, n,
           n == 1 ? "" : "s", kg_status_name (kg_relation_get_status (relation)));
  for (guint i = 0; i < kg_relation_get_n_evidence (relation) && i < 3; i++)
    {
      const KgEvidence *ev = kg_relation_get_evidence (relation, i);
      g_autofree char *sentence = one_line (ev->sentence);
      g_autofree char *doc = one_line (ev->document);
      fprintf (out, "  “%s” — %s:%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT "\n", sentence, doc,
               ev->start, ev->end);
      /* dates, amounts and counts of the clause: "2023-11 (지난해 11월)" */
      for (guint q = 0; q < ev->n_qualifiers; q++)
        {
          const KgQualifier *k = &ev->qualifiers[q];
          g_autofree char *text = one_line (k->text);
          fprintf (out, "    %s: %s%s%s (%s)\n", kg_qualifier_kind_name (k->kind), k->value,
                   k->unit != NULL ? " " : "", k->unit != NULL ? k->unit : "", text);
        }
    }
}

typedef struct {
  FILE *out;
  KgLang lang;
  const KgEntity *a, *b; /* b is NULL when one entity is explained */
  guint shown;
} Explain;

static void
maybe_print (KgRelation *relation, gpointer user_data)
{
  Explain *x = user_data;
  const KgEntity *s = kg_relation_get_subject (relation);
  const KgEntity *o = kg_relation_get_object (relation);
  gboolean wanted = x->b == NULL ? (s == x->a || o == x->a)
                                 : ((s == x->a && o == x->b) || (s == x->b && o == x->a));
  if (!wanted)
    return;
  if (x->shown++ == 0)
    fputc ('\n', x->out);
  print_relation (x->out, relation, x->lang);
}

static const KgEntity *
find (const KgGraph *graph, const char *name, GError **error)
{
  const KgEntity *entity = kg_graph_find_entity (graph, name);
  if (entity == NULL)
    g_set_error (error, KG_GRAPH_ERROR, KG_GRAPH_ERROR_NOT_FOUND, "no entity named '%s'", name);
  return entity;
}

gboolean
kg_explain (const KgGraph *graph, const char *name, const char *other,
            const KgOutOptions *options, FILE *out, GError **error)
{
  g_return_val_if_fail (graph != NULL && name != NULL && out != NULL, FALSE);
  Explain x = { out, options != NULL ? options->lang : KG_LANG_KO, NULL, NULL, 0 };
  if ((x.a = find (graph, name, error)) == NULL)
    return FALSE;
  if (other != NULL && (x.b = find (graph, other, error)) == NULL)
    return FALSE;
  print_entity (out, x.a, x.lang);
  if (x.b != NULL)
    {
      fputc ('\n', out);
      print_entity (out, x.b, x.lang);
    }
  kg_graph_foreach_relation (graph, maybe_print, &x);
  if (x.shown == 0 && x.b != NULL)
    fprintf (out, "\nno relation between %s and %s\n", kg_entity_get_id (x.a),
             kg_entity_get_id (x.b));
  else if (x.shown == 0)
    fputs ("\nno relations\n", out);
  return TRUE;
}
