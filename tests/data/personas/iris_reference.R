# Reference numbers for tests/core/models/kmeans_test.cpp and personas_test.cpp, from R's
# own kmeans (Hartigan-Wong) and cluster::silhouette on Fisher's iris measurements.
# Run from this folder: Rscript iris_reference.R
library(cluster)
x <- iris[, 1:4]
features <- data.frame(sepal_length = x[, 1], sepal_width = x[, 2], petal_length = x[, 3],
                       petal_width = x[, 4], species = as.integer(iris$Species) - 1)
write.csv(features, "iris_features.csv", row.names = FALSE)

z <- scale(x)  # z-scores with the n - 1 standard deviation
d <- dist(z)

# Silhouette widths of the species labelling, one per row.
s <- silhouette(as.integer(iris$Species), d)
write.csv(data.frame(width = sprintf("%.15g", s[, "sil_width"])), "iris_species_silhouette.csv",
          row.names = FALSE, quote = FALSE)

# Best of 100 Hartigan-Wong starts for k = 2..6: objective, mean silhouette, cluster sizes.
rows <- list()
labels <- list()
for (k in 2:6) {
  set.seed(20261125)
  km <- kmeans(z, centers = k, nstart = 100, iter.max = 100)
  sil <- mean(silhouette(km$cluster, d)[, "sil_width"])
  rows[[k - 1]] <- data.frame(k = k, tot_withinss = sprintf("%.15g", km$tot.withinss),
                              mean_silhouette = sprintf("%.15g", sil),
                              sizes = paste(sort(km$size, decreasing = TRUE), collapse = " "))
  labels[[k - 1]] <- km$cluster
}
write.csv(do.call(rbind, rows), "iris_kmeans.csv", row.names = FALSE, quote = FALSE)
write.csv(data.frame(k2 = labels[[1]], k3 = labels[[2]]), "iris_kmeans_labels.csv",
          row.names = FALSE)
