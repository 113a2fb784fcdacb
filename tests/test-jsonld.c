/* SPDX-License-Identifier: MIT */
/* test-jsonld.c: the JSON-LD writer and reader: the sample graph
 * (out-sample.h) goes JSON-LD -> reader -> JSON-LD byte-identically, keeps
 * its counts, votes and evidence, and matches tests/cases/rdf-small.jsonld;
 * the reader rejects other JSON with a clear message (table). */
#include <string.h>

#include "kg-out.h"
#include "out-sample.h"

#define SRC_DIR (g_getenv ("KG_SOURCE_DIR") ? g_getenv ("KG_SOURCE_DIR") : ".")

static void
test_round_trip (void)
{
  g_autoptr (KgGraph) g = sample_graph ();
  g_autofree char *first = export_string (g, "jsonld", KG_LANG_EN);
  g_autoptr (GError) error = NULL;
  g_autoptr (KgGraph) back = kg_jsonld_read_data (first, strlen (first), "first", &error);
  g_assert_no_error (error);
  g_assert_true (kg_graph_check (back, NULL));
  g_autofree char *second = export_string (back, "jsonld", KG_LANG_EN);
  g_assert_cmpstr (second, ==, first);

  g_assert_cmpuint (kg_graph_n_entities (back), ==, 7);
  g_assert_cmpuint (kg_graph_n_relations (back), ==, 9);
  KgEntity *openai = kg_graph_lookup_entity (back, "openai");
  g_assert_cmpuint (kg_entity_get_n_documents (openai), ==, G_N_ELEMENTS (docs));
  g_assert_cmpuint (kg_entity_get_mentions (openai), ==, G_N_ELEMENTS (docs));
  KgEntity *gpt4 = kg_graph_lookup_entity (back, "gpt-4");
  g_assert_cmpint (kg_entity_get_type (gpt4), ==, KG_TYPE_MODEL);
  g_assert_cmpstr (kg_entity_get_family (gpt4), ==, "gpt");
  KgEntity *ds = kg_graph_lookup_entity (back, "ttipsikeu");
  g_assert_true (kg_entity_get_discovered (ds));
  g_assert_cmpstr (kg_entity_get_name (ds, KG_LANG_KO), ==, "딥시크");
  KgRelation *r = kg_graph_lookup_relation (back, "elon-musk", KG_PRED_FOUNDED, "openai");
  g_assert_cmpuint (kg_relation_get_evidence_count (r), ==, 5);
  g_assert_cmpuint (kg_relation_get_n_evidence (r), ==, KG_RELATION_MAX_EVIDENCE);
  const KgEvidence *ev = kg_relation_get_evidence (r, 0);
  g_assert_cmpstr (ev->document, ==, docs[0]);
  g_assert_nonnull (strstr (ev->sentence, "\"quoted\" back\\slash"));
  g_assert_cmpuint (ev->n_qualifiers, ==, 1);
  g_assert_cmpstr (ev->qualifiers[0].value, ==, "2015-12");
  r = kg_graph_lookup_relation (back, "elon-musk", KG_PRED_OFFERED_TO_ACQUIRE, "openai");
  g_assert_cmpint (kg_relation_get_status (r), ==, KG_STATUS_PLANNED);
  g_assert_cmpstr (kg_relation_get_evidence (r, 0)->qualifiers[0].unit, ==, "USD");
}

/* The committed fixture is exactly what the writer makes of the sample;
 * KG_UPDATE_GOLDEN=1 rewrites it. */
static void
test_golden (void)
{
  g_autoptr (KgGraph) g = sample_graph ();
  g_autofree char *out = export_string (g, "jsonld", KG_LANG_EN);
  g_autofree char *path = g_build_filename (SRC_DIR, "tests", "cases", "rdf-small.jsonld", NULL);
  if (g_getenv ("KG_UPDATE_GOLDEN") != NULL)
    g_assert_true (g_file_set_contents (path, out, -1, NULL));
  g_autofree char *want = NULL;
  g_assert_true (g_file_get_contents (path, &want, NULL, NULL));
  g_assert_cmpstr (out, ==, want);
  g_autoptr (GError) error = NULL;
  g_autoptr (KgGraph) back = kg_jsonld_read_file (path, &error);
  g_assert_no_error (error);
  g_autofree char *again = export_string (back, "jsonld", KG_LANG_EN);
  g_assert_cmpstr (again, ==, want);
}

#define CTX "{\"@context\":{\"kg\":\"https://w3id.org/kgraph/ns#\"},\"@graph\":["
#define HEAD "{\"@type\":\"kg:Graph\",\"kg:formatVersion\":1}"
#define ENT(id, type) "{\"@id\":\"https://w3id.org/kgraph/entity/" id "\",\"@type\":\"" type \
  "\",\"kg:mentions\":0,\"kg:documentCount\":0"

static const struct {
  const char *input, *message;
} invalid[] = {
  { "", "bad: 1:0: not JSON" },
  { "{\"a\":1,}", "bad: 1:8: not JSON" },
  { "[1, 2]", "bad: not a JSON object" },
  { "{\"@graph\": []}", "bad: no inline @context object" },
  { "{\"@context\": \"https://schema.org\", \"@graph\": []}", "bad: no inline @context object" },
  { "{\"@context\":{\"kg\":\"https://example.org/kgraph/ns#\"},\"@graph\":[]}",
    "bad: @context does not bind kg: to kgraph's namespace" },
  { "{\"@context\":{\"kg\":\"https://w3id.org/kgraph/ns#\"}}", "bad: no @graph list" },
  { CTX "]}", "bad: no kg:Graph node with kg:formatVersion" },
  { CTX "{\"@type\":\"kg:Graph\",\"kg:formatVersion\":2}]}", "bad: kg:formatVersion is not 1" },
  { CTX HEAD ",3]}", "bad: @graph[1] is not an object" },
  { CTX HEAD ",{\"@id\":\"http://example.org/x\"}]}", "bad: @graph[1] is neither an entity" },
  { CTX HEAD "," ENT ("a", "Place") "}]}", "bad: entity 'a': unknown @type 'Place'" },
  { CTX HEAD "," ENT ("a", "Person") "}," ENT ("a", "Person") "}]}",
    "bad: entity 'a' is listed twice" },
  { CTX HEAD "," ENT ("a", "Person") ",\"kg:aliasCounts\":\"{\\\"A\\\":2}\"}]}",
    "bad: entity 'a': kg:mentions 0 does not match" },
  { CTX HEAD "," ENT ("a", "Person") ",\"kg:aliasCounts\":\"[1]\"}]}",
    "bad: entity 'a': kg:aliasCounts is not a JSON object" },
  { CTX HEAD "," ENT ("a", "Person") ",\"kg:founded\":[\"https://w3id.org/kgraph/entity/b\"]}]}",
    "bad: entity 'a': kg:founded: kg:founded names no entity in the graph: 'b'" },
  { CTX HEAD "," ENT ("a", "Person") "},{\"@id\":\"s\",\"@type\":\"rdf:Statement\","
    "\"rdf:subject\":\"https://w3id.org/kgraph/entity/a\",\"rdf:predicate\":\"kg:founded\","
    "\"rdf:object\":\"https://w3id.org/kgraph/entity/b\",\"kg:evidenceCount\":1}]}",
    "bad: s: rdf:object names no entity in the graph: 'b'" },
  { CTX HEAD "," ENT ("a", "Person") "},{\"@id\":\"s\",\"@type\":\"rdf:Statement\","
    "\"rdf:subject\":\"https://w3id.org/kgraph/entity/a\",\"rdf:predicate\":\"kg:likes\","
    "\"rdf:object\":\"https://w3id.org/kgraph/entity/a\",\"kg:evidenceCount\":1}]}",
    "bad: s: rdf:predicate is not a kgraph predicate" },
#define STMT_AB(rest) "},{\"@id\":\"s\",\"@type\":\"rdf:Statement\"," \
  "\"rdf:subject\":\"https://w3id.org/kgraph/entity/a\",\"rdf:predicate\":\"kg:founded\"," \
  "\"rdf:object\":\"https://w3id.org/kgraph/entity/b\"," rest "}]}"
  { CTX HEAD "," ENT ("a", "Person") "}," ENT ("b", "Organization")
    STMT_AB ("\"kg:evidenceCount\":2,\"kg:status\":\"rumoured\""),
    "bad: s: bad kg:status 'rumoured'" },
  { CTX HEAD "," ENT ("a", "Person") "}," ENT ("b", "Organization")
    STMT_AB ("\"kg:evidenceCount\":0,\"kg:status\":\"planned\""),
    "bad: s: bad kg:status 'planned'" },
};

static void
test_invalid (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KgGraph) g = kg_jsonld_read_data (invalid[i].input, strlen (invalid[i].input),
                                                   "bad", &error);
      g_assert_null (g);
      g_assert_error (error, KG_OUT_ERROR, KG_OUT_ERROR_FORMAT);
      if (!g_str_has_prefix (error->message, invalid[i].message))
        g_error ("case %" G_GSIZE_FORMAT ": got \"%s\", want \"%s...\"", i, error->message,
                 invalid[i].message);
    }
}

/* The shared example (another namespace) is JSON-LD, but not kgraph's. */
static void
test_foreign_example (void)
{
  g_autofree char *path = g_build_filename (SRC_DIR, "..", "shared", "eval", "example.jsonld",
                                            NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no ../shared");
      return;
    }
  g_autoptr (GError) error = NULL;
  g_autoptr (KgGraph) g = kg_jsonld_read_file (path, &error);
  g_assert_null (g);
  g_assert_error (error, KG_OUT_ERROR, KG_OUT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "does not bind kg:"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/jsonld/round-trip", test_round_trip);
  g_test_add_func ("/jsonld/golden", test_golden);
  g_test_add_func ("/jsonld/invalid", test_invalid);
  g_test_add_func ("/jsonld/foreign-example", test_foreign_example);
  return g_test_run ();
}
