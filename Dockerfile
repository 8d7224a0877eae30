FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
USER node
# the heap limit the README states (Production-like run): the largest report peaks well under it
CMD ["node", "--max-old-space-size=384", "--max-semi-space-size=32", "--enable-source-maps", "dist/apps/api/src/main.js"]
