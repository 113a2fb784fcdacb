/* SPDX-License-Identifier: MIT */
/* fuzz-jsonld.c: bytes -> the JSON-LD reader behind render and merge; a
 * graph it accepts must pass the store's check and write again. */
#include <stdint.h>
#include <stdio.h>

#include "kg-out.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgGraph) graph = kg_jsonld_read_data ((const char *) data, size, "fuzz", &error);
  if (graph == NULL)
    {
      g_assert (error != NULL && error->message != NULL);
      return 0;
    }
  g_assert (kg_graph_check (graph, NULL));
  const KgExporter *jsonld = kg_exporter_lookup ("jsonld");
  FILE *sink = fopen ("/dev/null", "w");
  KgOutOptions options = { 0 };
  g_assert (jsonld->write (graph, &options, sink, NULL));
  fclose (sink);
  return 0;
}
