/** The Web Audio constructor, where the browser has one (not in jsdom or very old browsers). */
function audioContextClass(): typeof AudioContext | null {
  if (typeof window === 'undefined') return null;
  return typeof window.AudioContext === 'function' ? window.AudioContext : null;
}

/**
 * A short, soft two-tone chime made with an OscillatorNode (no sound file): the "time is
 * up" sound of the step timer. Does nothing where Web Audio is missing or refused.
 */
export function playBeep(): void {
  const Context = audioContextClass();
  if (Context === null) return;
  try {
    const audio = new Context();
    const start = audio.currentTime;
    const gain = audio.createGain();
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.25, start + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.9);
    gain.connect(audio.destination);
    const oscillator = audio.createOscillator();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(880, start);
    oscillator.frequency.setValueAtTime(660, start + 0.35);
    oscillator.connect(gain);
    oscillator.onended = () => void audio.close();
    oscillator.start(start);
    oscillator.stop(start + 0.95);
  } catch {
    // Autoplay rules or a missing device: the visual "time is up" state still shows.
  }
}
