"""Baseline for the theme benchmark: TF-IDF and k-means given the true number of labels (scikit-learn).

Usage: tfidf_kmeans.py FILE.csv TEXT_COLUMN LABEL_COLUMN
Prints one line: texts, clusters, V-measure, NMI, ARI, seconds.
"""
import csv
import sys
import time

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score, v_measure_score

path, text_column, label_column = sys.argv[1:4]
with open(path, newline="", encoding="utf-8") as f:
    rows = [r for r in csv.DictReader(f) if r[text_column].strip()]
texts = [r[text_column] for r in rows]
labels = [r[label_column] for r in rows]
k = len(set(labels))
started = time.perf_counter()
matrix = TfidfVectorizer(stop_words="english", min_df=2, sublinear_tf=True).fit_transform(texts)
found = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(matrix)
seconds = time.perf_counter() - started
print(f"{len(texts)} {k} {v_measure_score(labels, found):.3f} {normalized_mutual_info_score(labels, found):.3f} "
      f"{adjusted_rand_score(labels, found):.3f} {seconds:.1f}")
