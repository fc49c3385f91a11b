#!/usr/bin/env node
import '../dist/cssp.js';
