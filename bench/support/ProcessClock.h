#pragma once

// Wall time on the clock the kernel stamps process starts with (CLOCK_BOOTTIME), so "since this
// process started" covers the dynamic loader, static initialisers and main() alike. The start is
// /proc/self/stat's starttime: one clock tick of resolution (10 ms at the usual 100 Hz), rounded
// down, so figures from it read up to one tick high.
class ProcessClock
{
public:
    ProcessClock() = delete;

    static double nowMs();
    static double processStartMs();
    static double msSinceProcessStart();
};
