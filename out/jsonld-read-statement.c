/* SPDX-License-Identifier: MIT */
/* jsonld-read-statement.c: rebuilds a relation from its rdf:Statement node:
 * each oa:Annotation becomes a KgEvidence (source, quote, offsets,
 * strength, status, qualifiers) added to the store, and the evidence the
 * writer counted but did not keep is added back with
 * kg_relation_add_uncounted(), and the statement's status, which may come
 * from such evidence, with kg_relation_note_status().  Also checks the
 * direct triples. */
#include <string.h>

#include "jsonld-private.h"
#include "jsonld-read.h"

/* The entity id of an IRI-valued property of \p node, which must exist. */
static char *
entity_of (KgGraph *graph, json_t *node, const char *key, const char *where, const char *name,
           GError **error)
{
  const char *iri = kg_jsonld_text (json_object_get (node, key));
  char *id = iri != NULL ? kg_jsonld_entity_from_iri (iri) : NULL;
  if (id == NULL)
    kg_jsonld_fail (error, name, "%s: %s is not an entity IRI", where, key);
  else if (kg_graph_lookup_entity (graph, id) == NULL)
    {
      kg_jsonld_fail (error, name, "%s: %s names no entity in the graph: '%s'", where, key, id);
      g_clear_pointer (&id, g_free);
    }
  return id;
}

static gboolean
read_predicate (json_t *node, KgPredicate *pred)
{
  const char *term = kg_jsonld_text (json_object_get (node, "rdf:predicate"));
  if (term == NULL)
    return FALSE;
  if (g_str_has_prefix (term, "kg:"))
    term += strlen ("kg:");
  else if (g_str_has_prefix (term, KG_NS))
    term += strlen (KG_NS);
  else
    return FALSE;
  return kg_predicate_from_name (term, pred);
}

static gboolean
read_qualifier (json_t *q, KgQualifier *out)
{
  static const char *const types[KG_QUAL_N] = { "kg:Date", "kg:Money", "kg:Quantity" };
  const char *type = json_string_value (json_object_get (q, "@type"));
  for (int k = 0; k < KG_QUAL_N; k++)
    if (g_strcmp0 (type, types[k]) == 0)
      {
        out->kind = k;
        out->value = kg_jsonld_text (json_object_get (q, "rdf:value"));
        out->unit = kg_jsonld_text (json_object_get (q, "kg:unit"));
        out->text = kg_jsonld_text (json_object_get (q, "kg:text"));
        return out->value != NULL || out->text != NULL;
      }
  return FALSE;
}

/* Reads the quote and offsets of an annotation's selectors. */
static gboolean
read_selectors (json_t *ann, KgEvidence *ev)
{
  json_t *selectors = kg_jsonld_list (json_object_get (ann, "oa:hasSelector"));
  guint start = 0, end = 0;
  gboolean has_pos = FALSE;
  size_t i;
  json_t *sel;
  json_array_foreach (selectors, i, sel)
    {
      const char *type = json_string_value (json_object_get (sel, "@type"));
      if (g_strcmp0 (type, "oa:TextQuoteSelector") == 0)
        ev->sentence = kg_jsonld_text (json_object_get (sel, "oa:exact"));
      else if (g_strcmp0 (type, "oa:TextPositionSelector") == 0)
        has_pos = kg_jsonld_count (json_object_get (sel, "oa:start"), &start)
                  && kg_jsonld_count (json_object_get (sel, "oa:end"), &end);
    }
  json_decref (selectors);
  ev->start = start;
  ev->end = end;
  return ev->sentence != NULL && has_pos && start <= end;
}

/* Fills \p ev from one annotation; its strings stay owned by the JSON tree,
 * except the document, which goes into \p doc. */
static gboolean
read_annotation (json_t *ann, KgEvidence *ev, char **doc)
{
  memset (ev, 0, sizeof *ev);
  const char *source = kg_jsonld_text (json_object_get (ann, "prov:wasDerivedFrom"));
  *doc = source != NULL ? kg_jsonld_document_from_iri (source) : NULL;
  ev->document = *doc;
  if (*doc == NULL || !read_selectors (ann, ev))
    return FALSE;
  json_t *strength = json_object_get (ann, "kg:strength");
  ev->strength = json_is_integer (strength) ? (int) json_integer_value (strength) : 0;
  const char *status = kg_jsonld_text (json_object_get (ann, "kg:status"));
  if (status != NULL && !kg_status_from_name (status, &ev->status))
    return FALSE;
  json_t *quals = kg_jsonld_list (json_object_get (ann, "kg:qualifier"));
  gboolean ok = json_array_size (quals) <= KG_EVIDENCE_MAX_QUALIFIERS;
  size_t i;
  json_t *q;
  json_array_foreach (quals, i, q)
    if (ok && (ok = read_qualifier (q, &ev->qualifiers[ev->n_qualifiers])))
      ev->n_qualifiers++;
  json_decref (quals);
  return ok;
}

gboolean
kg_jsonld_read_statement (KgGraph *graph, json_t *node, const char *name, GError **error)
{
  const char *where = kg_jsonld_text (json_object_get (node, "@id"));
  where = where != NULL ? where : "a statement";
  KgPredicate pred;
  if (!read_predicate (node, &pred))
    return kg_jsonld_fail (error, name, "%s: rdf:predicate is not a kgraph predicate", where);
  g_autofree char *s = entity_of (graph, node, "rdf:subject", where, name, error);
  if (s == NULL)
    return FALSE;
  g_autofree char *o = entity_of (graph, node, "rdf:object", where, name, error);
  if (o == NULL)
    return FALSE;
  if (kg_graph_lookup_relation (graph, s, pred, o) != NULL)
    return kg_jsonld_fail (error, name, "%s: the relation is stated twice", where);
  guint count = 0;
  if (!kg_jsonld_count (json_object_get (node, "kg:evidenceCount"), &count))
    return kg_jsonld_fail (error, name, "%s: no kg:evidenceCount", where);
  json_t *evidence = kg_jsonld_list (json_object_get (node, "kg:evidence"));
  KgRelation *relation = NULL;
  gboolean ok = json_array_size (evidence) <= count;
  size_t i;
  json_t *ann;
  json_array_foreach (evidence, i, ann)
    {
      KgEvidence ev;
      g_autofree char *doc = NULL;
      if (!ok || !(ok = read_annotation (ann, &ev, &doc)))
        break;
      relation = kg_graph_add_relation (graph, s, pred, o, &ev);
    }
  if (ok && relation == NULL)
    relation = kg_graph_add_relation (graph, s, pred, o, NULL);
  json_decref (evidence);
  if (!ok || relation == NULL)
    return kg_jsonld_fail (error, name, "%s: malformed kg:evidence or relation", where);
  guint kept = kg_relation_get_evidence_count (relation);
  if (kept > count)
    return kg_jsonld_fail (error, name, "%s: kg:evidenceCount %u is less than its evidence",
                           where, count);
  kg_relation_add_uncounted (relation, count - kept);
  /* The statement's status is the firmest of all its evidence, kept or not;
   * a relation with no evidence has none (it must not firm up a merge). */
  const char *status_name = kg_jsonld_text (json_object_get (node, "kg:status"));
  KgStatus status = KG_STATUS_STATED;
  if (status_name != NULL && (count == 0 || !kg_status_from_name (status_name, &status)))
    return kg_jsonld_fail (error, name, "%s: bad kg:status '%s'", where, status_name);
  if (count > 0 && kept > 0 && kg_relation_get_status (relation) < status)
    return kg_jsonld_fail (error, name, "%s: kg:status '%s' is weaker than its evidence", where,
                           status_name);
  if (count > 0)
    kg_relation_note_status (relation, status);
  return TRUE;
}

gboolean
kg_jsonld_read_direct (KgGraph *graph, json_t *node, const char *name, GError **error)
{
  g_autofree char *s = kg_jsonld_entity_from_iri (kg_jsonld_text (json_object_get (node, "@id")));
  for (int p = 0; p < KG_PRED_N; p++)
    {
      g_autofree char *term = g_strconcat ("kg:", kg_predicate_name (p), NULL);
      json_t *list = kg_jsonld_list (json_object_get (node, term));
      g_autofree char *where = g_strdup_printf ("entity '%s': %s", s, term);
      size_t i;
      json_t *v;
      gboolean ok = TRUE;
      json_array_foreach (list, i, v)
        {
          json_t *wrap = json_pack ("{sO}", term, v);
          g_autofree char *o = entity_of (graph, wrap, term, where, name, error);
          json_decref (wrap);
          if (!(ok = o != NULL))
            break;
          if (kg_graph_lookup_relation (graph, s, p, o) == NULL)
            ok = kg_graph_add_relation (graph, s, p, o, NULL) != NULL
                 || kg_jsonld_fail (error, name, "%s: not a valid relation", where);
        }
      json_decref (list);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}
