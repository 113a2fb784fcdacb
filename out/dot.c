/* SPDX-License-Identifier: MIT */
/* dot.c: builds the cgraph graph of a KgGraph that every diagram format
 * draws (one node per entity, one edge per relation, styled by style.json;
 * tooltips with names, sources and evidence), and the DOT exporter, which
 * writes it with agwrite().  Attributes are declared up front in a fixed
 * order, so the DOT text is the same from run to run. */
#include <math.h>
#include <string.h>

#include "exporters.h"
#include "style.h"

/* Above this many entities dot's layout takes minutes: use sfdp. */
#define DOT_MAX_NODES 150
/* The most characters of a node label and of one tooltip sentence. */
#define LABEL_MAX 48
#define SENTENCE_MAX 280

typedef struct {
  Agraph_t *g;
  const KgStyle *style;
  KgLang lang;
  GHashTable *nodes; /* entity id -> Agnode_t */
} Builder;

void
kg_diagram_set (void *obj, const char *name, const char *value)
{
  agsafeset (obj, (char *) name, (char *) value, "");
}

const char *
kg_diagram_engine (const KgGraph *graph, const KgOutOptions *options)
{
  if (options->layout != NULL && *options->layout != '\0')
    return options->layout;
  return kg_graph_n_entities (graph) <= DOT_MAX_NODES ? "dot" : "sfdp";
}

/* The node name: the entity id when it is a plain slug (readable DOT), else
 * a counter, so odd ids from a hand-made JSON-LD never reach the DOT text. */
static char *
node_name (const char *id, guint index)
{
  gboolean plain = *id != '\0' && strlen (id) <= 80;
  for (const char *p = id; plain && *p != '\0'; p++)
    plain = g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.';
  return plain ? g_strdup (id) : g_strdup_printf ("entity%u", index);
}

static gboolean
is_qid (const char *qid)
{
  if (qid == NULL || qid[0] != 'Q' || qid[1] == '\0' || strlen (qid) > 12)
    return FALSE;
  for (const char *p = qid + 1; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* Appends the items of \p list, cleaned, joined by ", " (at most \p max). */
static void
append_list (GString *s, GPtrArray *list, guint max, guint total)
{
  for (guint i = 0; i < list->len && i < max; i++)
    {
      g_autofree char *item = kg_diagram_tip_text (g_ptr_array_index (list, i), LABEL_MAX * 2);
      g_string_append_printf (s, "%s%s", i ? ", " : "", item);
    }
  if (total > MIN (list->len, max))
    g_string_append_printf (s, ", … (%u)", total);
}

/* Names and aliases, mention count, sources, QID; "\n" breaks lines. */
static char *
node_tooltip (KgEntity *e, const KgStyle *style, KgLang lang)
{
  GString *s = g_string_new (NULL);
  for (int l = 0; l < KG_LANG_N; l++)
    {
      g_autofree char *name = kg_diagram_tip_text (kg_entity_get_name (e, l), LABEL_MAX * 2);
      if (*name != '\0')
        g_string_append_printf (s, "%s%s", s->len ? " / " : "", name);
    }
  const KgTypeStyle *ts = &style->types[kg_entity_get_type (e)];
  g_autofree char *type = kg_diagram_tip_text (ts->label[lang], LABEL_MAX);
  g_string_append_printf (s, " (%s)\\n", type);
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (e);
  g_string_append_printf (s, "%s: ", style->tip_names[lang]);
  append_list (s, aliases, 24, aliases->len);
  g_string_append_printf (s, "\\n%s: %u\\n%s: ", style->tip_mentions[lang],
                          kg_entity_get_mentions (e), style->tip_sources[lang]);
  g_autoptr (GPtrArray) docs = kg_entity_get_documents (e);
  append_list (s, docs, KG_ENTITY_MAX_DOCUMENTS, kg_entity_get_n_documents (e));
  if (is_qid (kg_entity_get_qid (e)))
    g_string_append_printf (s, "\\nWikidata: %s", kg_entity_get_qid (e));
  if (kg_entity_get_discovered (e))
    g_string_append_printf (s, "\\n%s", style->discovered.label[lang]);
  return g_string_free (s, FALSE);
}

static void
add_node (KgEntity *e, gpointer user_data)
{
  Builder *b = user_data;
  const KgTypeStyle *ts = &b->style->types[kg_entity_get_type (e)];
  g_autofree char *name = node_name (kg_entity_get_id (e), g_hash_table_size (b->nodes));
  Agnode_t *n = agnode (b->g, name, TRUE);
  g_hash_table_insert (b->nodes, (gpointer) kg_entity_get_id (e), n);
  g_autofree char *label = kg_diagram_text (kg_entity_get_label (e, b->lang), LABEL_MAX);
  kg_diagram_set (n, "label", label);
  kg_diagram_set (n, "shape", ts->shape);
  gboolean discovered = kg_entity_get_discovered (e);
  g_autofree char *st = discovered ? g_strdup_printf ("%s,%s", ts->style, b->style->discovered.style)
                                   : g_strdup (ts->style);
  kg_diagram_set (n, "style", st);
  kg_diagram_set (n, "fillcolor", ts->fill);
  kg_diagram_set (n, "color", discovered ? b->style->discovered.color : ts->color);
  g_autofree char *tooltip = node_tooltip (e, b->style, b->lang);
  kg_diagram_set (n, "tooltip", tooltip);
  const char *qid = kg_entity_get_qid (e);
  if (is_qid (qid))
    {
      g_autofree char *url = g_strconcat ("https://www.wikidata.org/wiki/", qid, NULL);
      kg_diagram_set (n, "URL", url);
      kg_diagram_set (n, "target", "_blank");
    }
}

/* "subject → predicate → object (N sentences)", then up to three
 * sentences with their documents, one a line. */
static char *
edge_tooltip (KgRelation *r, const Builder *b)
{
  KgPredicate p = kg_relation_get_predicate (r);
  g_autofree char *subj = kg_diagram_tip_text (kg_entity_get_label (kg_relation_get_subject (r), b->lang), LABEL_MAX);
  g_autofree char *obj = kg_diagram_tip_text (kg_entity_get_label (kg_relation_get_object (r), b->lang), LABEL_MAX);
  GString *s = g_string_new (NULL);
  const KgStyle *st = b->style;
  g_string_append_printf (s, "%s → %s → %s (%s, %u)", subj, st->predicates[p].label[b->lang], obj,
                          st->status[kg_relation_get_status (r)].label[b->lang],
                          kg_relation_get_evidence_count (r));
  for (guint i = 0; i < kg_relation_get_n_evidence (r); i++)
    {
      const KgEvidence *ev = kg_relation_get_evidence (r, i);
      g_autofree char *sentence = kg_diagram_tip_text (ev->sentence, SENTENCE_MAX);
      g_autofree char *doc = kg_diagram_tip_text (ev->document, LABEL_MAX * 2);
      g_string_append_printf (s, "\\n“%s” — %s", sentence, doc);
    }
  return g_string_free (s, FALSE);
}

static void
add_edge (KgRelation *r, gpointer user_data)
{
  Builder *b = user_data;
  Agnode_t *t = g_hash_table_lookup (b->nodes, kg_entity_get_id (kg_relation_get_subject (r)));
  Agnode_t *h = g_hash_table_lookup (b->nodes, kg_entity_get_id (kg_relation_get_object (r)));
  if (t == NULL || h == NULL)
    return;
  KgPredicate p = kg_relation_get_predicate (r);
  const KgPredicateStyle *ps = &b->style->predicates[p];
  Agedge_t *e = agedge (b->g, t, h, NULL, TRUE);
  g_autofree char *label = kg_diagram_text (ps->label[b->lang], LABEL_MAX);
  kg_diagram_set (e, "label", label);
  kg_diagram_set (e, "color", ps->color);
  kg_diagram_set (e, "fontcolor", ps->color);
  kg_diagram_set (e, "style", b->style->status[kg_relation_get_status (r)].style);
  char width[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd (width, sizeof width, "%.2f",
                   kg_style_penwidth (b->style, kg_relation_get_evidence_count (r)));
  kg_diagram_set (e, "penwidth", width);
  if (kg_predicate_is_symmetric (p))
    kg_diagram_set (e, "dir", "none");
  g_autofree char *tooltip = edge_tooltip (r, b);
  kg_diagram_set (e, "tooltip", tooltip);
  kg_diagram_set (e, "labeltooltip", tooltip);
}

/* Declares every attribute in a fixed order, with the shared defaults. */
static void
declare_attributes (Agraph_t *g, const KgStyle *style, const char *engine)
{
  char size[G_ASCII_DTOSTR_BUF_SIZE];
  static const char *const graph_attrs[] = { "label", "labelloc", "labeljust", "layout" };
  for (gsize i = 0; i < G_N_ELEMENTS (graph_attrs); i++)
    agattr (g, AGRAPH, (char *) graph_attrs[i], "");
  agattr (g, AGRAPH, "fontname", (char *) style->font);
  agattr (g, AGRAPH, "fontsize", g_ascii_formatd (size, sizeof size, "%g", style->title_size));
  agattr (g, AGRAPH, "bgcolor", "#ffffff");
  if (g_strcmp0 (engine, "dot") == 0)
    {
      agattr (g, AGRAPH, "rankdir", "LR");
      agattr (g, AGRAPH, "nodesep", "0.25");
      agattr (g, AGRAPH, "ranksep", "0.5");
    }
  else
    {
      agattr (g, AGRAPH, "overlap", "prism");
      /* Routing splines around nodes takes sfdp 13 s for 300 nodes; straight
       * lines take 0.1 s. */
      agattr (g, AGRAPH, "splines", "false");
      agattr (g, AGRAPH, "outputorder", "edgesfirst");
    }
  agattr (g, AGNODE, "fontname", (char *) style->font);
  agattr (g, AGNODE, "fontsize", g_ascii_formatd (size, sizeof size, "%g", style->node_size));
  agattr (g, AGNODE, "margin", "0.12,0.06");
  static const char *const node_attrs[] = { "label", "shape", "style", "fillcolor", "color",
                                            "tooltip", "URL", "target" };
  for (gsize i = 0; i < G_N_ELEMENTS (node_attrs); i++)
    agattr (g, AGNODE, (char *) node_attrs[i], "");
  agattr (g, AGEDGE, "fontname", (char *) style->font);
  agattr (g, AGEDGE, "fontsize", g_ascii_formatd (size, sizeof size, "%g", style->edge_size));
  agattr (g, AGEDGE, "arrowsize", "0.7");
  static const char *const edge_attrs[] = { "label", "color", "fontcolor", "style", "penwidth",
                                            "dir", "tooltip", "labeltooltip" };
  for (gsize i = 0; i < G_N_ELEMENTS (edge_attrs); i++)
    agattr (g, AGEDGE, (char *) edge_attrs[i], "");
}

Agraph_t *
kg_diagram_build (const KgGraph *graph, const KgOutOptions *options, GError **error)
{
  const KgStyle *style = kg_style_get (options->data_dir, error);
  if (style == NULL)
    return NULL;
  const char *engine = kg_diagram_engine (graph, options);
  Agraph_t *g = agopen ("kgraph", Agdirected, NULL);
  declare_attributes (g, style, engine);
  kg_diagram_set (g, "layout", engine);
  Builder b = { g, style, options->lang, g_hash_table_new (g_str_hash, g_str_equal) };
  kg_graph_foreach_entity (graph, add_node, &b);
  kg_graph_foreach_relation (graph, add_edge, &b);
  g_hash_table_unref (b.nodes);
  /* In a large sfdp drawing a legend of the usual size is a speck. */
  double scale = strcmp (engine, "dot") == 0 ? 1 : CLAMP (sqrt (kg_graph_n_entities (graph)) / 8, 1, 5);
  kg_diagram_add_legend (g, graph, options, style, scale);
  return g;
}

gboolean
kg_export_dot (const KgGraph *graph, const KgOutOptions *options, FILE *out, GError **error)
{
  g_return_val_if_fail (graph != NULL && options != NULL && out != NULL, FALSE);
  Agraph_t *g = kg_diagram_build (graph, options, error);
  if (g == NULL)
    return FALSE;
  int rc = agwrite (g, out);
  agclose (g);
  if (rc != 0 || ferror (out))
    return kg_out_fail_stream (error);
  return TRUE;
}
