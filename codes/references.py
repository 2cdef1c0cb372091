def find_references(source, norm, root):
    return [], []
