/* SPDX-License-Identifier: MIT */
/* jsonld-statement.c: the rdf:Statement node of one relation.  It names the
 * triple, counts its evidence, sums up the qualifiers (kg:date, kg:amount,
 * kg:quantity with their texts) and lists each kept sentence as an
 * oa:Annotation with its source, quote, offsets, strength, status and its
 * own qualifier nodes, which the reader uses to rebuild the evidence. */
#include <string.h>

#include "jsonld-private.h"

json_t *
kg_json_string (const char *s)
{
  if (g_utf8_validate (s, -1, NULL))
    return json_string (s);
  g_autofree char *valid = g_utf8_make_valid (s, -1);
  return json_string (valid);
}

void
kg_json_set_nonempty (json_t *object, const char *key, json_t *array)
{
  if (json_array_size (array) > 0)
    json_object_set_new (object, key, array);
  else
    json_decref (array);
}

/* TRUE if \p s is digits separated by '-' in groups of the given widths:
 * shape "4" is 2015, "4-2" 2015-12, "4-2-2" 2024-02-29. */
static gboolean
is_date_shape (const char *s, const char *shape)
{
  for (; *shape != '\0'; shape++)
    {
      if (*shape == '-')
        {
          if (*s++ != '-')
            return FALSE;
          continue;
        }
      for (int n = *shape - '0'; n > 0; n--, s++)
        if (!g_ascii_isdigit (*s))
          return FALSE;
    }
  return *s == '\0';
}

/* TRUE if \p s is in xsd:decimal's lexical space, e.g. "-12.50". */
static gboolean
is_decimal (const char *s)
{
  if (*s == '-' || *s == '+')
    s++;
  gsize digits = 0;
  for (; g_ascii_isdigit (*s); s++)
    digits++;
  if (*s == '.')
    for (s++; g_ascii_isdigit (*s); s++)
      digits++;
  return digits > 0 && *s == '\0';
}

static const char *
datatype_of (KgQualifierKind kind, const char *value)
{
  if (kind == KG_QUAL_DATE)
    return is_date_shape (value, "4")       ? "xsd:gYear"
           : is_date_shape (value, "4-2")   ? "xsd:gYearMonth"
           : is_date_shape (value, "4-2-2") ? "xsd:date"
                                            : NULL;
  return is_decimal (value) ? "xsd:decimal" : NULL;
}

json_t *
kg_jsonld_qualifier_value (KgQualifierKind kind, const char *value)
{
  const char *type = datatype_of (kind, value);
  if (type == NULL)
    return kg_json_string (value);
  return json_pack ("{s:o,s:s}", "@value", kg_json_string (value), "@type", type);
}

static const char *const qualifier_types[KG_QUAL_N] = { "kg:Date", "kg:Money", "kg:Quantity" };

static json_t *
qualifier_node (const KgQualifier *q)
{
  json_t *node = json_pack ("{s:s}", "@type", qualifier_types[q->kind]);
  if (q->value != NULL)
    json_object_set_new (node, "rdf:value", kg_jsonld_qualifier_value (q->kind, q->value));
  if (q->unit != NULL)
    json_object_set_new (node, "kg:unit", kg_json_string (q->unit));
  if (q->text != NULL)
    json_object_set_new (node, "kg:text", kg_json_string (q->text));
  return node;
}

static json_t *
annotation (const KgEvidence *ev)
{
  g_autofree char *source = kg_jsonld_document_iri (ev->document);
  json_t *quote = json_pack ("{s:s,s:o}", "@type", "oa:TextQuoteSelector", "oa:exact",
                             kg_json_string (ev->sentence));
  json_t *position = json_pack ("{s:s,s:I,s:I}", "@type", "oa:TextPositionSelector",
                                "oa:start", (json_int_t) ev->start, "oa:end",
                                (json_int_t) ev->end);
  json_t *node = json_pack ("{s:s,s:o,s:[o,o],s:i}", "@type", "oa:Annotation",
                            "prov:wasDerivedFrom", kg_json_string (source), "oa:hasSelector",
                            quote, position, "kg:strength", ev->strength);
  if (ev->status != KG_STATUS_STATED)
    json_object_set_new (node, "kg:status", json_string (kg_status_name (ev->status)));
  json_t *quals = json_array ();
  for (guint i = 0; i < ev->n_qualifiers && i < KG_EVIDENCE_MAX_QUALIFIERS; i++)
    json_array_append_new (quals, qualifier_node (&ev->qualifiers[i]));
  kg_json_set_nonempty (node, "kg:qualifier", quals);
  return node;
}

/* The statement-level summary: one key per aspect of a qualifier. */
enum { SUM_DATE, SUM_DATE_TEXT, SUM_AMOUNT, SUM_CURRENCY, SUM_AMOUNT_TEXT, SUM_QUANTITY,
       SUM_QUANTITY_UNIT, SUM_QUANTITY_TEXT, SUM_N };
static const char *const summary_keys[SUM_N] = {
  "kg:date", "kg:dateText", "kg:amount", "kg:currency", "kg:amountText",
  "kg:quantity", "kg:quantityUnit", "kg:quantityText",
};

/* Appends \p value (stolen) to \p list unless an equal value is there. */
static void
append_unique (json_t *list, json_t *value)
{
  size_t i;
  json_t *old;
  json_array_foreach (list, i, old)
    if (json_equal (old, value))
      {
        json_decref (value);
        return;
      }
  json_array_append_new (list, value);
}

static void
summarise (json_t *sums[SUM_N], const KgQualifier *q)
{
  static const int first[KG_QUAL_N] = { SUM_DATE, SUM_AMOUNT, SUM_QUANTITY };
  static const int text[KG_QUAL_N] = { SUM_DATE_TEXT, SUM_AMOUNT_TEXT, SUM_QUANTITY_TEXT };
  if (q->value != NULL)
    append_unique (sums[first[q->kind]], kg_jsonld_qualifier_value (q->kind, q->value));
  if (q->unit != NULL && q->kind != KG_QUAL_DATE)
    append_unique (sums[first[q->kind] + 1], kg_json_string (q->unit));
  if (q->text != NULL)
    append_unique (sums[text[q->kind]], kg_json_string (q->text));
}

static void
add_summary (json_t *node, const KgRelation *relation)
{
  json_t *sums[SUM_N];
  for (int k = 0; k < SUM_N; k++)
    sums[k] = json_array ();
  for (guint i = 0; i < kg_relation_get_n_evidence (relation); i++)
    {
      const KgEvidence *ev = kg_relation_get_evidence (relation, i);
      for (guint j = 0; j < ev->n_qualifiers && j < KG_EVIDENCE_MAX_QUALIFIERS; j++)
        summarise (sums, &ev->qualifiers[j]);
    }
  for (int k = 0; k < SUM_N; k++)
    if (json_array_size (sums[k]) == 1)
      json_object_set (node, summary_keys[k], json_array_get (sums[k], 0));
    else
      kg_json_set_nonempty (node, summary_keys[k], json_incref (sums[k]));
  for (int k = 0; k < SUM_N; k++)
    json_decref (sums[k]);
}

json_t *
kg_jsonld_statement (const KgRelation *relation)
{
  const char *s = kg_entity_get_id (kg_relation_get_subject (relation));
  const char *o = kg_entity_get_id (kg_relation_get_object (relation));
  KgPredicate pred = kg_relation_get_predicate (relation);
  g_autofree char *iri = kg_jsonld_statement_iri (s, pred, o);
  g_autofree char *s_iri = kg_jsonld_entity_iri (s);
  g_autofree char *o_iri = kg_jsonld_entity_iri (o);
  g_autofree char *p_term = g_strconcat ("kg:", kg_predicate_name (pred), NULL);
  json_t *node = json_pack ("{s:o,s:s,s:o,s:s,s:o,s:i}", "@id", kg_json_string (iri), "@type",
                            "rdf:Statement", "rdf:subject", kg_json_string (s_iri),
                            "rdf:predicate", p_term, "rdf:object", kg_json_string (o_iri),
                            "kg:evidenceCount", (int) kg_relation_get_evidence_count (relation));
  KgStatus status = kg_relation_get_status (relation);
  if (status != KG_STATUS_STATED)
    json_object_set_new (node, "kg:status", json_string (kg_status_name (status)));
  add_summary (node, relation);
  json_t *evidence = json_array ();
  for (guint i = 0; i < kg_relation_get_n_evidence (relation); i++)
    json_array_append_new (evidence, annotation (kg_relation_get_evidence (relation, i)));
  kg_json_set_nonempty (node, "kg:evidence", evidence);
  return node;
}

/* @return (transfer full): a JSON text of \p counts (name -> count), for a
 * string literal: one plain literal reads the same in every RDF tool. */
static json_t *
counts_literal (json_t *counts)
{
  char *text = json_dumps (counts, JSON_COMPACT | JSON_SORT_KEYS);
  json_t *literal = json_string (text);
  free (text);
  json_decref (counts);
  return literal;
}

void
kg_jsonld_add_votes (json_t *node, const KgEntity *entity)
{
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (entity);
  json_t *counts = json_object ();
  for (guint i = 0; i < aliases->len; i++)
    {
      guint n = kg_entity_get_alias_count (entity, aliases->pdata[i]);
      if (n > 0)
        json_object_set_new (counts, aliases->pdata[i], json_integer (n));
    }
  if (json_object_size (counts) > 0)
    json_object_set_new (node, "kg:aliasCounts", counts_literal (counts));
  else
    json_decref (counts);

  /* One vote for the winning type is what the reader assumes by default. */
  KgType type = kg_entity_get_type (entity);
  gboolean plain = kg_entity_get_type_votes (entity, type) == 1;
  json_t *votes = json_object ();
  for (int t = 0; t < KG_TYPE_N; t++)
    {
      guint n = kg_entity_get_type_votes (entity, t);
      plain = plain && (n == 0 || (KgType) t == type);
      if (n > 0)
        json_object_set_new (votes, kg_type_name (t), json_integer (n));
    }
  if (!plain)
    json_object_set_new (node, "kg:typeVotes", counts_literal (votes));
  else
    json_decref (votes);
}
