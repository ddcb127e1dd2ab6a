#!/usr/bin/env python3
"""Trains papergraph's entity recognizer from the file `papergraph features` writes.

  train.py --features F --out DIR                          # the shipped model
  train.py --features F --cross-validate 5 --scores OUT    # fold-wise scores for `evaluate --scores`

Deterministic for a given seed and thread count. See training/README.md.
"""
import argparse
import hashlib
import json
import os
import random
import sys
import time

import torch

import numpy as np

from model import Head, WIDTH, constraints

CLS, SEP = 101, 102
# Indices of the features that come from the rule extractor's proposals and answer (PieceFeatures.Feature).
RULE_FEATURES = (0, 1, 2, 4, 5, 9)


def log(*args):
    print(time.strftime("%H:%M:%S"), *args, file=sys.stderr, flush=True)


def read(path, limit):
    with open(path) as f:
        header = json.loads(f.readline())
        abstracts = [json.loads(line) for line in f]
    if limit:
        abstracts = abstracts[:limit]
    return header, abstracts


def windows_of(a, n_features, states, cursor):
    out = []
    zero = [0] * n_features
    for offset, length in a["windows"]:
        sl = slice(offset, offset + length)
        out.append({
            "states": torch.from_numpy(np.array(states[cursor:cursor + length + 2])),
            "ids": [CLS] + a["ids"][sl] + [SEP],
            "features": [zero] + a["features"][sl] + [zero],
            "tags": [0] + a["tags"][sl] + [0],
            "proposed": [0] + a["proposed"][sl] + [0],
        })
        cursor += length + 2
    return out, cursor


def fold_of(abstract_id, folds):
    return int(hashlib.sha1(abstract_id.encode()).hexdigest(), 16) % folds


def batches(items, size, shuffle, rng):
    order = sorted(range(len(items)), key=lambda i: len(items[i]["ids"]))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle:
        rng.shuffle(groups)
    for g in groups:
        yield [items[i] for i in g]


WITHOUT_FEATURES = False


def tensors(batch, n_features):
    width = max(len(w["ids"]) for w in batch)
    def pad(key, fill):
        return [w[key] + [fill] * (width - len(w[key])) for w in batch]
    ids = torch.tensor(pad("ids", 0))
    mask = torch.tensor([[1] * len(w["ids"]) + [0] * (width - len(w["ids"])) for w in batch])
    features = torch.tensor([w["features"] + [[0] * n_features] * (width - len(w["ids"])) for w in batch])
    if WITHOUT_FEATURES:
        features = torch.zeros_like(features)  # the encoder alone, for the ablation
    return ids, mask, features, torch.tensor(pad("tags", 0)), torch.tensor(pad("proposed", 0)).float()


def stack_states(batch):
    width = max(len(w["ids"]) for w in batch)
    return torch.stack([torch.nn.functional.pad(w["states"], (0, 0, 0, width - len(w["ids"]))) for w in batch])


def train(model, items, args, n_features, rng):
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(items) + args.batch - 1) // args.batch)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / (0.1 * steps + 1)) * max(0.0, 1 - s / steps))
    model.train()
    step = 0
    for epoch in range(args.epochs):
        total, started = 0.0, time.time()
        for batch in batches(items, args.batch, True, rng):
            ids, mask, features, tags, proposed = tensors(batch, n_features)
            if args.feature_dropout > 0:
                # Windows that see no rule proposals make the head learn from the encoder's context too.
                dropped = torch.rand(features.shape[0]) < args.feature_dropout
                features[dropped.nonzero(as_tuple=True)[0][:, None, None], :, torch.tensor(list(RULE_FEATURES))[None, None, :]] = 0
            weights = torch.tensor([w["weight"] for w in batch])
            scores = model(stack_states(batch), features)
            emissions, proposed_logit = scores[..., :-1], scores[..., -1]
            nll = (torch.nn.functional.cross_entropy(emissions.transpose(1, 2), tags, reduction="none") * mask).sum(1)
            inside = (tags > 0).float() * mask
            bce = torch.nn.functional.binary_cross_entropy_with_logits(proposed_logit, proposed, reduction="none")
            bce = (bce * inside).sum(1) / inside.sum(1).clamp(min=1)
            loss = ((nll / mask.sum(1) + args.proposed_weight * bce) * weights).sum() / weights.sum()
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            total += loss.item()
            step += 1
            if step % 50 == 0:
                log(f"epoch {epoch + 1} step {step}/{steps} loss {total / ((step - 1) % ((len(items) + args.batch - 1) // args.batch) + 1):.4f}")
        log(f"epoch {epoch + 1}/{args.epochs} done in {time.time() - started:.0f}s, mean loss {total / max(1, (len(items) + args.batch - 1) // args.batch):.4f}")


def scores_of(model, items, n_features):
    model.eval()
    out = []
    with torch.no_grad():
        for w in items:
            _, mask, features, *_ = tensors([w], n_features)
            s = model(w["states"][None], features)[0]
            out.append([[round(v, 3) for v in row] for row in s.tolist()])
    return out


def new_model(header, args):
    torch.manual_seed(args.seed)
    return Head([f["size"] for f in header["features"]], len(header["tags"]))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--features", required=True, help="the file `papergraph features` wrote")
    p.add_argument("--out", help="folder to write recognizer.onnx and recognizer.json to")
    p.add_argument("--cross-validate", type=int, metavar="K", help="K-fold cross-validation by abstract instead")
    p.add_argument("--scores", help="with --cross-validate: where to write each held abstract's window scores")
    p.add_argument("--only-folds", help="with --cross-validate: run only these folds (comma-separated, from 0), "
                                        "so that folds can run in parallel processes")
    p.add_argument("--epochs", type=int, default=8)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--proposed-weight", type=float, default=0.5)
    p.add_argument("--sample-weight", type=float, default=0.5,
                   help="weight of the sample-corpus abstracts, where the rules were tuned (NeurIPS ones weigh 1)")
    p.add_argument("--feature-dropout", type=float, default=0.0,
                   help="share of training windows whose rule features are zeroed (default 0)")
    p.add_argument("--without-features", action="store_true",
                   help="zero every feature in training and scoring: the encoder alone (an ablation; with --cross-validate)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--threads", type=int, default=1,
                   help="torch threads; more than one is slower on a busy 2-core machine (OpenMP waits)")
    p.add_argument("--limit", type=int, help="use only the first N abstracts (smoke runs)")
    args = p.parse_args()
    if not args.out and not args.cross_validate:
        p.error("give --out or --cross-validate")
    torch.set_num_threads(args.threads)
    global WITHOUT_FEATURES
    WITHOUT_FEATURES = args.without_features
    if args.without_features and not args.cross_validate:
        p.error("--without-features is an ablation: use it with --cross-validate (the shipped model reads the features)")
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    header, abstracts = read(args.features, args.limit)
    n_features = len(header["features"])
    if header.get("width") != WIDTH:
        p.error(f"{args.features}: encoder states {header.get('width')} wide, the head reads {WIDTH}")
    states = np.memmap(os.path.join(os.path.dirname(os.path.abspath(args.features)), header["states"]), dtype="<f4", mode="r").reshape(-1, WIDTH)
    items = []
    cursor = 0
    for a_index, a in enumerate(abstracts):
        weight = 1.0 if a["id"].startswith("neurips") else args.sample_weight
        windows, cursor = windows_of(a, n_features, states, cursor)
        for w in windows:
            w.update(abstract=a_index, weight=weight)
            items.append(w)
    log(f"{len(abstracts)} abstracts, {len(items)} windows")
    model = new_model(header, args)

    if args.cross_validate:
        k = args.cross_validate
        folds = [fold_of(a["id"], k) for a in abstracts]
        with open(args.scores, "w") as out:
            chosen = range(k) if not args.only_folds else [int(x) for x in args.only_folds.split(",")]
            for fold in chosen:
                log(f"fold {fold + 1}/{k}")
                model = new_model(header, args)
                train(model, [w for w in items if folds[w["abstract"]] != fold], args, n_features, rng)
                held = [w for w in items if folds[w["abstract"]] == fold]
                scores = scores_of(model, held, n_features)
                crf = constraints(len(header["tags"]))
                by_abstract = {}
                for w, s in zip(held, scores):
                    by_abstract.setdefault(w["abstract"], []).append(s)
                for a_index, window_scores in by_abstract.items():
                    out.write(json.dumps({"id": abstracts[a_index]["id"], "fold": fold, "crf": crf, "scores": window_scores}) + "\n")
                out.flush()
        return

    train(model, items, args, n_features, rng)
    os.makedirs(args.out, exist_ok=True)
    from export import export
    export(model, header, args, os.path.join(args.out, "recognizer.onnx"))
    meta = {
        "encoder": header["encoder"],
        "features": header["features"],
        "tags": header["tags"],
        "trainingFeaturesSha256": hashlib.sha256(open(args.features, "rb").read()).hexdigest(),
        "inputs": header.get("inputs", []),
        "abstracts": len(abstracts),
        "settings": {k: v for k, v in vars(args).items() if k not in ("features", "out", "scores")},
        **constraints(len(header["tags"])),
    }
    with open(os.path.join(args.out, "recognizer.json"), "w") as f:
        json.dump(meta, f, indent=1)
    log(f"model written to {args.out}")


if __name__ == "__main__":
    main()
