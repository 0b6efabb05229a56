/** A one-line progress display on a terminal (`\r`-rewritten); silent when the stream is not a TTY (CI, pipes). */
export function progressLine(stream: NodeJS.WriteStream): {
  update: (step: string, done: number, total: number) => void
  done: () => void
} {
  const tty = stream.isTTY === true
  let last = 0
  let shown = false
  return {
    update(step, done, total) {
      const now = Date.now()
      if (!tty || (now - last < 100 && done < total)) return
      last = now
      const width = 30
      const filled = total > 0 ? Math.round((done / total) * width) : 0
      const percent = total > 0 ? Math.floor((done / total) * 100) : 0
      stream.write(
        `\r${step.padEnd(24)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}%\x1b[K`,
      )
      shown = true
    },
    done() {
      if (shown) stream.write('\n')
    },
  }
}
