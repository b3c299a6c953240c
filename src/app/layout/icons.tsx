import type { ReactNode, SVGProps } from 'react';

/** The shell's few icons, inline (no icon package for a handful of glyphs). Decorative: hidden from AT. */
type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number };

function Icon({ size = 18, children, ...rest }: IconProps & { children: ReactNode }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}

export const PlansIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M9 5H7a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-2" />
    <rect x="9" y="3" width="6" height="4" rx="1.5" />
    <path d="m9 14 2 2 4-4" />
  </Icon>
);

export const SpeedIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5.6 18.4a9 9 0 1 1 12.8 0" />
    <path d="m12 13 4-4" />
    <circle cx="12" cy="13" r="1.4" />
  </Icon>
);

export const SunIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
  </Icon>
);

export const MoonIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5Z" />
  </Icon>
);

/** The product mark: a magnifier over a waveform (inspecting calls). */
export const LogoMark = ({ size = 28 }: { size?: number }) => (
  <svg
    xmlns="http://www.w3.org/2000/svg"
    width={size}
    height={size}
    viewBox="0 0 32 32"
    aria-hidden="true"
    focusable="false"
  >
    <rect width="32" height="32" rx="8" fill="var(--mantine-primary-color-filled)" />
    <path
      d="M7 16h2.5l2-5 3 10 2.5-7 1.5 2H20"
      fill="none"
      stroke="#fff"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
    <circle cx="21.5" cy="16" r="3.2" fill="none" stroke="#fff" strokeWidth="2" />
    <path d="m23.8 18.3 2.7 2.7" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
  </svg>
);
