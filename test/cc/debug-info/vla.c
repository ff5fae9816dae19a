int use(int n, int m) {
  int arr[n];
  double grid[n][m];
  for (int i = 0; i < n; i++) {
    arr[i] = i * 2;
    for (int j = 0; j < m; j++) grid[i][j] = i + j / 4.0;
  }
  return arr[n - 1] + (int)grid[n - 1][m - 1];
}
int main(void) { return use(3, 2) - 5; }
