// Preloaded (LD_PRELOAD) into the asan preset's suites only; see tests/CMakeLists.txt and
// tests/README.md, "Sanitizers". LeakSanitizer names the library of each frame when it reports,
// at exit. A library that Qt or GLib unloaded before then (a plugin, a GIO or D-Bus module) leaves
// only "<unknown module>" frames, which no suppression can match and nobody can read. This
// dlclose() keeps every library mapped until the process ends: the handle stays valid and a
// later dlopen() of the same library returns it again. Built without the sanitizers, so Chromium's
// own processes, which inherit the variable, load nothing more than this.

extern "C" __attribute__((visibility("default"))) int dlclose(void *)
{
    return 0;
}
