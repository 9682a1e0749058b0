#!/usr/bin/env node
// The published entry: runs the compiled CLI (npm run build:server first).
import '../dist/main.js';
