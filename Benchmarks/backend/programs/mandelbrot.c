/* mandelbrot: escape-time iteration counts over an n x n grid (default 1600), max 100 iterations. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1600;
    unsigned long total = 0, hash = 5381;
    for (int y = 0; y < n; y++) {
        double ci = 2.0 * y / n - 1.0;
        for (int x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5, zr = 0, zi = 0, tr = 0, ti = 0;
            int it = 0;
            while (it < 100 && tr + ti <= 4.0) {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
                it++;
            }
            total += (unsigned long)it;
            hash = hash * 33 + (unsigned long)(it == 100);
        }
    }
    printf("mandelbrot n=%d total=%lu hash=%lu\n", n, total, hash);
    return 0;
}
