/* SPDX-License-Identifier: MIT */
/* replay.c: runs a fuzz target's LLVMFuzzerTestOneInput() on files, without
 * libFuzzer: each argument is a file or a folder whose regular files are
 * read in name order.  A crash or failed assertion is the test failing; a
 * missing folder counts as empty (fuzz/regress/TARGET exists once the
 * fuzzer has found something).  Prints how many inputs it ran. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
by_name (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* Runs the target on \p path.  @return FALSE when it cannot be read */
static gboolean
run_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents (path, &data, &len, &error))
    {
      g_printerr ("replay: %s\n", error->message);
      return FALSE;
    }
  /* libFuzzer hands over a buffer of exactly len bytes: so does this, so
   * ASan sees a read past the end as it would while fuzzing. */
  g_autofree uint8_t *exact = g_memdup2 (data, len);
  LLVMFuzzerTestOneInput (exact, len);
  return TRUE;
}

int
main (int argc, char **argv)
{
  guint n = 0;
  gboolean ok = TRUE;
  for (int i = 1; i < argc; i++)
    {
      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          if (g_file_test (argv[i], G_FILE_TEST_EXISTS))
            ok = run_file (argv[i]) && ok, n++;
          continue;
        }
      g_autoptr (GDir) dir = g_dir_open (argv[i], 0, NULL);
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (names, by_name);
      for (guint k = 0; k < names->len; k++)
        if (g_file_test (names->pdata[k], G_FILE_TEST_IS_REGULAR))
          ok = run_file (names->pdata[k]) && ok, n++;
    }
  printf ("replay: %u inputs\n", n);
  if (n == 0)
    {
      g_printerr ("replay: no inputs (the seed corpus is missing)\n");
      return 1;
    }
  return ok ? 0 : 1;
}
