;; The parse model's lookups (linear.ts addScores) in WebAssembly: the same open-addressing tables,
;; searched the same way, each class's weights added in the same order with single-precision adds,
;; so the scores are bit for bit those of linear.ts (a JavaScript Float32Array add rounds a double
;; sum of two floats to a float, which is the float sum). Addresses are byte offsets into the memory,
;; which holds the model's weights.bin and a scratch area for features and scores (index.ts).
;; Build: npm run kernel:build (writes binary.ts).
(module
  (memory (export "memory") 1)

  ;; Reads the home slot of every feature before any is searched, so that the cache misses overlap
  ;; (linear.ts touch). Returns the xor of what it read, so the reads are kept.
  (func $touch (param $keys i32) (param $mask i32) (param $shift i32) (param $feats i32) (param $end i32) (result i32)
    (local $sum i32) (local $key i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $feats) (local.get $end)))
        (local.set $key (i32.load (local.get $feats)))
        (local.set $key (select (i32.const 1) (local.get $key) (i32.eqz (local.get $key))))
        (local.set $sum (i32.xor (local.get $sum)
          (i32.load (i32.add (local.get $keys) (i32.shl (i32.and (local.get $key) (local.get $mask)) (local.get $shift))))))
        (local.set $feats (i32.add (local.get $feats) (i32.const 4)))
        (br $next)))
    (local.get $sum))

  ;; A sparse table (slots of two words: the key, then first entry << 8 | count; entries of two words:
  ;; class, weight): adds the weights of the features in [feats, end) to the floats at `out`, in three passes so that
  ;; the cache misses of different features overlap: the home slots are read (touch); each feature's slot is found
  ;; and a word of each cache line of its entries read, their span noted at `spans` (two words a feature found);
  ;; then the entries are added, feature by feature in order (tagging the 315 Wikinews articles' words: 0.85-0.90x
  ;; the time of one pass that found a slot and added its entries at once).
  (func $addSparse (export "addSparse") (param $keys i32) (param $mask i32) (param $entries i32) (param $feats i32) (param $end i32) (param $out i32) (param $spans i32) (result i32)
    (local $sum i32) (local $key i32) (local $s i32) (local $k i32) (local $at i32) (local $packed i32) (local $e i32) (local $stop i32) (local $o i32) (local $w i32)
    (local.set $sum (call $touch (local.get $keys) (local.get $mask) (i32.const 3) (local.get $feats) (local.get $end)))
    (local.set $w (local.get $spans))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $feats) (local.get $end)))
        (local.set $key (i32.load (local.get $feats)))
        (local.set $key (select (i32.const 1) (local.get $key) (i32.eqz (local.get $key))))
        (local.set $feats (i32.add (local.get $feats) (i32.const 4)))
        (local.set $s (i32.and (local.get $key) (local.get $mask)))
        (block $found
          (loop $probe
            (local.set $at (i32.add (local.get $keys) (i32.shl (local.get $s) (i32.const 3))))
            (br_if $found (i32.eq (local.tee $k (i32.load (local.get $at))) (local.get $key)))
            (br_if $next (i32.eqz (local.get $k)))
            (local.set $s (i32.and (i32.add (local.get $s) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (local.set $packed (i32.load offset=4 (local.get $at)))
        (local.set $e (i32.add (local.get $entries) (i32.shl (i32.shr_u (local.get $packed) (i32.const 8)) (i32.const 3))))
        (local.set $stop (i32.add (local.get $e) (i32.shl (i32.and (local.get $packed) (i32.const 255)) (i32.const 3))))
        (i32.store (local.get $w) (local.get $e))
        (i32.store offset=4 (local.get $w) (local.get $stop))
        (local.set $w (i32.add (local.get $w) (i32.const 8)))
        ;; read one word of each cache line of the entries
        (block $read
          (loop $line
            (br_if $read (i32.ge_u (local.get $e) (local.get $stop)))
            (local.set $sum (i32.xor (local.get $sum) (i32.load (local.get $e))))
            (local.set $e (i32.add (local.get $e) (i32.const 64)))
            (br $line)))
        (br $next)))
    (block $added
      (loop $span
        (br_if $added (i32.ge_u (local.get $spans) (local.get $w)))
        (local.set $e (i32.load (local.get $spans)))
        (local.set $stop (i32.load offset=4 (local.get $spans)))
        (local.set $spans (i32.add (local.get $spans) (i32.const 8)))
        (block $last
          (loop $each
            (br_if $last (i32.ge_u (local.get $e) (local.get $stop)))
            (local.set $o (i32.add (local.get $out) (i32.shl (i32.load (local.get $e)) (i32.const 2))))
            (f32.store (local.get $o) (f32.add (f32.load (local.get $o)) (f32.load offset=4 (local.get $e))))
            (local.set $e (i32.add (local.get $e) (i32.const 8)))
            (br $each)))
        (br $span)))
    (local.get $sum))

  ;; A dense table of three classes (slots of four words: the key, then the three weights): adds the
  ;; weights of the features in [feats, end) to the three floats at `out`. A slot is read as one vector, its key
  ;; masked to 0.0, and added to the scores in lanes 1-3: each lane's add is the single-precision add of the
  ;; scalar code, so the sums are the same bits.
  (func $addDense3 (export "addDense3") (param $keys i32) (param $mask i32) (param $feats i32) (param $end i32) (param $out i32) (result i32)
    (local $sum i32) (local $key i32) (local $s i32) (local $k i32) (local $at i32) (local $acc v128)
    (local.set $sum (call $touch (local.get $keys) (local.get $mask) (i32.const 4) (local.get $feats) (local.get $end)))
    (local.set $acc (f32x4.replace_lane 3
      (f32x4.replace_lane 2
        (f32x4.replace_lane 1 (v128.const i32x4 0 0 0 0) (f32.load (local.get $out)))
        (f32.load offset=4 (local.get $out)))
      (f32.load offset=8 (local.get $out))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $feats) (local.get $end)))
        ;; the slot of the feature (kept as 1 when it is 0: 0 marks an empty slot), by linear probing
        (local.set $key (i32.load (local.get $feats)))
        (local.set $key (select (i32.const 1) (local.get $key) (i32.eqz (local.get $key))))
        (local.set $feats (i32.add (local.get $feats) (i32.const 4)))
        (local.set $s (i32.and (local.get $key) (local.get $mask)))
        (block $found
          (loop $probe
            (local.set $at (i32.add (local.get $keys) (i32.shl (local.get $s) (i32.const 4))))
            (br_if $found (i32.eq (local.tee $k (i32.load (local.get $at))) (local.get $key)))
            (br_if $next (i32.eqz (local.get $k)))
            (local.set $s (i32.and (i32.add (local.get $s) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (local.set $acc (f32x4.add (local.get $acc)
          (v128.and (v128.load (local.get $at)) (v128.const i32x4 0 -1 -1 -1))))
        (br $next)))
    (f32.store (local.get $out) (f32x4.extract_lane 1 (local.get $acc)))
    (f32.store offset=4 (local.get $out) (f32x4.extract_lane 2 (local.get $acc)))
    (f32.store offset=8 (local.get $out) (f32x4.extract_lane 3 (local.get $acc)))
    (local.get $sum))

  ;; Feature keys from (template, a, b, c) tuples of four words at [tuples, end), written from `keys` on: util/hash.ts
  ;; mix, the same 32-bit multiplies, shifts and xors, so the same keys. Returns the end of the keys.
  (func $mixAll (param $tuples i32) (param $end i32) (param $keys i32) (result i32)
    (local $h i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $tuples) (local.get $end)))
        (local.set $h (i32.xor (i32.mul (i32.xor (i32.load (local.get $tuples)) (i32.const 0x9e3779b9)) (i32.const 0x85ebca6b))
          (i32.load offset=4 (local.get $tuples))))
        (local.set $h (i32.xor (i32.mul (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))) (i32.const 0x7feb352d))
          (i32.load offset=8 (local.get $tuples))))
        (local.set $h (i32.xor (i32.mul (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 15))) (i32.const 0x846ca68b))
          (i32.load offset=12 (local.get $tuples))))
        (local.set $h (i32.mul (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))) (i32.const 0xc2b2ae35)))
        (i32.store (local.get $keys) (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
        (local.set $keys (i32.add (local.get $keys) (i32.const 4)))
        (local.set $tuples (i32.add (local.get $tuples) (i32.const 16)))
        (br $next)))
    (local.get $keys))

  (func (export "mixAll") (param $tuples i32) (param $end i32) (param $keys i32) (result i32)
    (call $mixAll (local.get $tuples) (local.get $end) (local.get $keys)))

  ;; addSparse and addDense3 of the keys of tuples (mixAll), made at `keys`.
  (func (export "addSparseTuples") (param $table i32) (param $mask i32) (param $entries i32) (param $tuples i32) (param $end i32) (param $out i32) (param $spans i32) (param $keys i32) (result i32)
    (call $addSparse (local.get $table) (local.get $mask) (local.get $entries) (local.get $keys)
      (call $mixAll (local.get $tuples) (local.get $end) (local.get $keys)) (local.get $out) (local.get $spans)))

  (func (export "addDense3Tuples") (param $table i32) (param $mask i32) (param $tuples i32) (param $end i32) (param $out i32) (param $keys i32) (result i32)
    (call $addDense3 (local.get $table) (local.get $mask) (local.get $keys)
      (call $mixAll (local.get $tuples) (local.get $end) (local.get $keys)) (local.get $out)))
)
