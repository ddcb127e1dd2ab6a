"""The recognizer's head: it reads the encoder's states (computed by papergraph's Java code with the int8
e5-small-v2 encoder it runs at extraction time, read at a middle layer) and the rule features of each piece, and gives per piece the
emissions of the BIO tags over the five entity types and a logit for 'the paper proposes this'.

Beside a linear path per piece, two 1-D convolutions (kernel 3) over the pieces let each piece see its neighbours' states and features (where a
proposed span starts and ends, whether the next word is a head noun), which a per-piece head cannot.
"""
import torch
from torch import nn

WIDTH = 384
FEATURE_DIM = 16


class Head(nn.Module):
    def __init__(self, feature_sizes, tags, hidden=128, kernel=3):
        super().__init__()
        self.feature_embeddings = nn.ModuleList(nn.Embedding(size, FEATURE_DIM) for size in feature_sizes)
        joined = WIDTH + FEATURE_DIM * len(feature_sizes)
        # The encoder's states have a few dimensions far larger than the rest; normalized, the head trains stably.
        self.norm = nn.LayerNorm(WIDTH)
        self.dropout = nn.Dropout(0.1)
        # A linear path per piece, plus a convolutional path that reads the neighbours (kernel 3, twice).
        self.direct = nn.Linear(joined, tags + 1)
        self.conv1 = nn.Conv1d(joined, hidden, kernel, padding=kernel // 2)
        self.conv2 = nn.Conv1d(hidden, tags + 1, kernel, padding=kernel // 2)

    def forward(self, states, features):
        f = torch.cat([emb(features[:, :, k]) for k, emb in enumerate(self.feature_embeddings)], dim=-1)
        x = self.dropout(torch.cat([self.norm(states), f], dim=-1))
        c = self.conv2(nn.functional.gelu(self.conv1(x.transpose(1, 2)))).transpose(1, 2)
        return self.direct(x) + c


def constraints(tags):
    """Viterbi scores that forbid I-t after anything but B-t or I-t (and at the start)."""
    transitions = [[0.0] * tags for _ in range(tags)]
    start = [0.0] * tags
    for to in range(2, tags, 2):
        start[to] = -1e4
        for frm in range(tags):
            if frm not in (to - 1, to):
                transitions[frm][to] = -1e4
    return {"transitions": transitions, "start": start, "end": [0.0] * tags}
