"""Exports the trained head to ONNX (about 5 MB in fp32, so no quantization is needed)."""
import torch

from model import WIDTH


def export(model, header, args, path):
    model.eval()
    states = torch.zeros(1, 4, WIDTH)
    features = torch.zeros(1, 4, len(header["features"]), dtype=torch.long)
    torch.onnx.export(model, (states, features), path, opset_version=14,
                      input_names=["states", "features"], output_names=["scores"],
                      dynamic_axes={"states": {0: "batch", 1: "pieces"}, "features": {0: "batch", 1: "pieces"},
                                    "scores": {0: "batch", 1: "pieces"}})
