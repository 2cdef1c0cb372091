"""The generating side of the toolkit: model codes and the letters a protocol prescribes."""
